package dev.wheelhouse.sandbox.sim;

import java.time.Duration;
import java.time.Instant;

/** Simulated seconds to real time: {@code --speed X} divides every duration by X. */
public record TimeScale(double speed) {

    public TimeScale {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, got " + speed);
        }
    }

    public Instant after(Instant from, double simulatedSeconds) {
        return from.plus(real(simulatedSeconds));
    }

    public Duration real(double simulatedSeconds) {
        return Duration.ofNanos(Math.round(simulatedSeconds * 1e9 / speed));
    }

    /** How many simulated seconds the real interval covers. */
    public double simulated(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() * speed / 1e9;
    }
}
