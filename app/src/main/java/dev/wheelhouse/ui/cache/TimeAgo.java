package dev.wheelhouse.ui.cache;

import java.time.Duration;
import java.time.Instant;

/** How long ago something happened, in the words a list of cache entries uses. */
public final class TimeAgo {

    private TimeAgo() {
    }

    /** {@code just now}, {@code 12 min ago}, {@code 3 h ago}, {@code 1 day ago}, {@code 6 days ago}. */
    public static String text(Instant then, Instant now) {
        long seconds = Duration.between(then, now).toSeconds();
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h ago";
        }
        long days = seconds / 86_400;
        return days == 1 ? "1 day ago" : days + " days ago";
    }
}
