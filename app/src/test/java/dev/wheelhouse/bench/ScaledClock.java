package dev.wheelhouse.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock running {@code factor} times faster than the wall clock, from now. Given to the
 * sandbox with its speed divided by the same factor, the simulated run keeps its wall-clock
 * pace, but the whole-second timestamps of its payloads resolve to {@code 1/factor} s of real
 * time: fine enough to time a job's completion to within a few tens of milliseconds.
 */
final class ScaledClock extends Clock {

    private final Instant realStart;
    private final long nanoStart;
    private final double factor;

    ScaledClock(double factor) {
        this.realStart = Instant.now();
        this.nanoStart = System.nanoTime();
        this.factor = factor;
    }

    @Override
    public Instant instant() {
        return realStart.plusNanos(Math.round((System.nanoTime() - nanoStart) * factor));
    }

    /** The real instant at which this clock showed {@code scaled}. */
    Instant toReal(Instant scaled) {
        return realStart.plusNanos(Math.round(Duration.between(realStart, scaled).toNanos() / factor));
    }

    /** The real instant now, on the same base as {@link #toReal}. */
    Instant realNow() {
        return realStart.plusNanos(System.nanoTime() - nanoStart);
    }

    /** A wall clock on the same base as {@link #toReal}, for the poller's timestamps. */
    Clock real() {
        return new ScaledClock(this, 1);
    }

    private ScaledClock(ScaledClock base, double factor) {
        this.realStart = base.realStart;
        this.nanoStart = base.nanoStart;
        this.factor = factor;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
