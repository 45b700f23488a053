package dev.wheelhouse.runs.poll;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock and the delayed tasks polling runs on. The app uses {@link ExecutorPollTimer}; tests
 * pass virtual time that they move by hand, so a whole run is watched without anyone waiting.
 */
public interface PollTimer {

    Instant now();

    /** Runs {@code task} once after {@code delay} (at once when it is zero or negative). */
    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that has not run yet can still be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
