package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.poll.PauseReason;
import dev.wheelhouse.runs.poll.PollStatus;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The poller's state in the status bar's words. */
final class PollStatusText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private PollStatusText() {
    }

    /** What the poller is doing; empty while it has nothing to do. */
    static String of(PollStatus status, ZoneId zone) {
        String watched = status.watched() == 1 ? "1 run watched" : status.watched() + " runs watched";
        if (!status.paused().isEmpty()) {
            String why = status.paused().contains(PauseReason.MINIMIZED) ? "window minimized"
                    : status.paused().contains(PauseReason.OFFLINE) ? "offline" : "paused by you";
            return "Polling paused (" + why + ") · " + watched;
        }
        if (status.heldUntil().isPresent()) {
            return "Held by the rate limit until " + CLOCK.withZone(zone).format(status.heldUntil().get())
                    + " · " + watched;
        }
        if (status.unreachable()) {
            return "Offline: retrying · " + watched;
        }
        if (status.watched() == 0) {
            // Nothing to say: the status bar gives its room to what is going on (1024 px hold no more).
            return "";
        }
        return watched;
    }

    /** The last failure, for the tooltip; empty when the last poll went well. */
    static String problem(PollStatus status) {
        return status.lastProblem().orElse("");
    }
}
