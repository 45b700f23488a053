package dev.wheelhouse.sandbox.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The time of the simulated Actions world: it starts at the wall clock's time when the sandbox
 * starts and runs {@code speed} times as fast. Runs, jobs, steps, log lines and caches are
 * timed by it, so a 12-minute release run shows 12 minutes of timestamps at any speed; the
 * answers' {@code Date} header, rate-limit resets and signed-URL expiry stay on the wall clock.
 * At a speed below 1 it falls behind the wall clock, and runs look older than they are.
 */
public final class SimulatedClock extends Clock {

    private final Clock wall;
    private final double speed;
    private final Instant origin;

    public SimulatedClock(Clock wall, double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, got " + speed);
        }
        this.wall = wall;
        this.speed = speed;
        this.origin = wall.instant();
    }

    public double speed() {
        return speed;
    }

    @Override
    public Instant instant() {
        Instant now = wall.instant();
        if (speed == 1) {
            return now;
        }
        // Nanoseconds in a double are exact for 104 days of wall time and within a few
        // nanoseconds long after: far finer than the whole seconds GitHub shows.
        return origin.plusNanos(Math.round(Duration.between(origin, now).toNanos() * speed));
    }

    @Override
    public ZoneId getZone() {
        return wall.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new SimulatedClock(wall.withZone(zone), speed, origin);
    }

    private SimulatedClock(Clock wall, double speed, Instant origin) {
        this.wall = wall;
        this.speed = speed;
        this.origin = origin;
    }
}
