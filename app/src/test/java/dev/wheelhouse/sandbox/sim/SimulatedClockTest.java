package dev.wheelhouse.sandbox.sim;

import dev.wheelhouse.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SimulatedClockTest {

    private static final Instant START = Instant.parse("2026-06-02T22:30:00Z");

    private final MutableClock wall = new MutableClock(START);

    @Test
    void itStartsAtTheWallClocksTimeAndRunsSpeedTimesAsFast() {
        SimulatedClock clock = new SimulatedClock(wall, 10);
        assertEquals(START, clock.instant());

        wall.advance(Duration.ofSeconds(72));

        assertEquals(START.plus(Duration.ofMinutes(12)), clock.instant(), "72 s at speed 10 is a 12-minute run");
    }

    @Test
    void fractionalSpeedsAndSubSecondStepsStayExactToTheMillisecond() {
        SimulatedClock clock = new SimulatedClock(wall, 2.5);

        wall.advance(Duration.ofMillis(1_234));

        assertEquals(START.plusMillis(3_085), clock.instant());
    }

    @Test
    void atSpeedOneItIsTheWallClock() {
        SimulatedClock clock = new SimulatedClock(wall, 1);

        wall.advance(Duration.ofNanos(123_456_789_123L));

        assertEquals(wall.instant(), clock.instant());
    }

    @Test
    void aSpeedThatIsNoPositiveNumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SimulatedClock(wall, 0));
        assertThrows(IllegalArgumentException.class, () -> new SimulatedClock(wall, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new SimulatedClock(wall, Double.POSITIVE_INFINITY));
    }
}
