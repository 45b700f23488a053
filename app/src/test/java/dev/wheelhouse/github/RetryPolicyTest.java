package dev.wheelhouse.github;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(3), 0.5);

    @Test
    void waitsDoubleUpToTheCap() {
        assertEquals(Duration.ofMillis(500), policy.delayAfter(1, 1.0));
        assertEquals(Duration.ofMillis(1000), policy.delayAfter(2, 1.0));
        assertEquals(Duration.ofMillis(2000), policy.delayAfter(3, 1.0));
        assertEquals(Duration.ofMillis(3000), policy.delayAfter(4, 1.0));
        assertEquals(Duration.ofMillis(3000), policy.delayAfter(40, 1.0));
    }

    @Test
    void jitterTakesAwayUpToItsShare() {
        assertEquals(Duration.ofMillis(250), policy.delayAfter(1, 0.0));
        assertEquals(Duration.ofMillis(1500), policy.delayAfter(4, 0.0));
        assertEquals(Duration.ofMillis(500), new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(1), 0).delayAfter(1, 0.3));
    }
}
