package dev.wheelhouse.runs.poll;

import java.time.Duration;

/**
 * How often runs are polled. An unchanged answer is a 304, free against the rate limit, so the
 * wait stays short while jobs run (one may finish any moment) and grows only while nothing runs.
 *
 * @param interval     the wait while jobs change (a job appears, starts or finishes)
 * @param busyLongest  the wait grows up to this while jobs run but nothing changes (one long build
 *                     step); at most twice {@code interval} keeps the median delay from a job
 *                     finishing to the view showing it within {@code interval}
 * @param idleLongest  the wait grows up to this while nothing runs (queued for a runner, waiting
 *                     for an approval)
 * @param growth       the factor the wait grows by after a poll that changed nothing
 * @param offlineRetry the wait between tries while the network is down
 */
public record PollPolicy(Duration interval, Duration busyLongest, Duration idleLongest, double growth,
                         Duration offlineRetry) {

    public PollPolicy {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive");
        }
        if (busyLongest.compareTo(interval) < 0 || idleLongest.compareTo(interval) < 0) {
            throw new IllegalArgumentException("the longest waits must not be shorter than the interval");
        }
        if (growth < 1) {
            throw new IllegalArgumentException("growth must be at least 1");
        }
    }

    /** 5 s while jobs change, up to 10 s while they run unchanged, 60 s while nothing runs, 30 s offline. */
    public static PollPolicy defaults() {
        return new PollPolicy(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(60), 1.5,
                Duration.ofSeconds(30));
    }

    /** The same policy around another base interval ({@code watch --interval}). */
    public PollPolicy withInterval(Duration base) {
        return new PollPolicy(base, base.multipliedBy(2), idleLongest.compareTo(base) < 0 ? base : idleLongest,
                growth, offlineRetry);
    }

    /** Every duration times {@code factor}: for a sandbox whose time runs faster than the wall clock. */
    public PollPolicy scaled(double factor) {
        return new PollPolicy(times(interval, factor), times(busyLongest, factor), times(idleLongest, factor), growth,
                times(offlineRetry, factor));
    }

    private static Duration times(Duration d, double factor) {
        return Duration.ofNanos(Math.max(1_000_000, Math.round(d.toNanos() * factor)));
    }
}
