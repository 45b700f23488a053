package dev.wheelhouse.github;

import java.time.Duration;

/**
 * What to do when GitHub says the rate limit is spent: wait until it resets (at most
 * {@code longestWait}) and go on, or fail at once with the reset time. A secondary limit's
 * {@code Retry-After} is waited for under the same bound.
 */
public record RateLimitPolicy(boolean waitForReset, Duration longestWait) {

    public static final RateLimitPolicy FAIL = new RateLimitPolicy(false, Duration.ZERO);

    public static RateLimitPolicy waitUpTo(Duration longestWait) {
        return new RateLimitPolicy(true, longestWait);
    }

    boolean allowsWaiting(Duration wait) {
        return waitForReset && wait.compareTo(longestWait) <= 0;
    }
}
