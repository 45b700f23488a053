package dev.wheelhouse.sandbox.sim;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SimulatedClockTest {

    private static final Instant START = Instant.parse("2026-06-02T22:30:00Z");

    /** A wall clock moved by hand. */
    private static final class Wall extends Clock {
        private Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void itStartsAtTheWallClocksTimeAndRunsSpeedTimesAsFast() {
        Wall wall = new Wall();
        SimulatedClock clock = new SimulatedClock(wall, 10);
        assertEquals(START, clock.instant());

        wall.now = START.plusSeconds(72);

        assertEquals(START.plus(Duration.ofMinutes(12)), clock.instant(), "72 s at speed 10 is a 12-minute run");
    }

    @Test
    void fractionalSpeedsAndSubSecondStepsStayExactToTheMillisecond() {
        Wall wall = new Wall();
        SimulatedClock clock = new SimulatedClock(wall, 2.5);

        wall.now = START.plusMillis(1_234);

        assertEquals(START.plusMillis(3_085), clock.instant());
    }

    @Test
    void atSpeedOneItIsTheWallClock() {
        Wall wall = new Wall();
        SimulatedClock clock = new SimulatedClock(wall, 1);
        wall.now = START.plusNanos(123_456_789_123L);

        assertEquals(wall.now, clock.instant());
    }

    @Test
    void aSpeedThatIsNoPositiveNumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SimulatedClock(new Wall(), 0));
        assertThrows(IllegalArgumentException.class, () -> new SimulatedClock(new Wall(), Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new SimulatedClock(new Wall(), Double.POSITIVE_INFINITY));
    }
}
