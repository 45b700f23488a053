package dev.wheelhouse.runs;

import java.time.Duration;

/**
 * How often runs are polled.
 *
 * @param interval     the wait while jobs change (a job appears, starts or finishes)
 * @param longest      the wait grows up to this while nothing changes (a run queued for a runner,
 *                     one long build step)
 * @param growth       the factor the wait grows by after a poll that changed nothing (304)
 * @param offlineRetry the wait between tries while the network is down
 */
public record PollPolicy(Duration interval, Duration longest, double growth, Duration offlineRetry) {

    public PollPolicy {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive");
        }
        if (longest.compareTo(interval) < 0) {
            throw new IllegalArgumentException("the longest interval must not be shorter than the interval");
        }
        if (growth < 1) {
            throw new IllegalArgumentException("growth must be at least 1");
        }
    }

    /** 5 s while jobs change, up to 60 s while nothing does, 30 s between tries offline. */
    public static PollPolicy defaults() {
        return new PollPolicy(Duration.ofSeconds(5), Duration.ofSeconds(60), 1.5, Duration.ofSeconds(30));
    }

    /** The same policy with another base interval; the longest wait stays at least as long. */
    public PollPolicy withInterval(Duration base) {
        return new PollPolicy(base, longest.compareTo(base) < 0 ? base : longest, growth, offlineRetry);
    }

    /** Every duration times {@code factor}: for a sandbox whose time runs faster than the wall clock. */
    public PollPolicy scaled(double factor) {
        return new PollPolicy(times(interval, factor), times(longest, factor), growth, times(offlineRetry, factor));
    }

    private static Duration times(Duration d, double factor) {
        return Duration.ofNanos(Math.max(1_000_000, Math.round(d.toNanos() * factor)));
    }
}
