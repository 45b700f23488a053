package dev.wheelhouse.github;

import java.time.Duration;

/**
 * Capped exponential backoff with jitter for server errors, connection resets and timeouts
 * (https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api#handle-rate-limit-errors-appropriately
 * recommends backing off exponentially). Only requests that are safe to repeat are retried.
 *
 * @param maxAttempts  tries in all, the first included
 * @param initialDelay the wait before the second try
 * @param maxDelay     no wait is longer than this
 * @param jitter       the fraction of each wait that is random (0 to 1), so clients that failed
 *                     together do not come back together
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double jitter) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), 0.5);
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= initialDelay <= maxDelay");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter is a fraction from 0 to 1");
        }
    }

    /**
     * The wait after failed try number {@code attempt} (1-based).
     *
     * @param random a number in [0, 1)
     */
    public Duration delayAfter(int attempt, double random) {
        long base = initialDelay.toMillis();
        for (int i = 1; i < attempt && base < maxDelay.toMillis(); i++) {
            base *= 2;
        }
        base = Math.min(base, maxDelay.toMillis());
        long fixed = Math.round(base * (1 - jitter));
        return Duration.ofMillis(fixed + Math.round(base * jitter * random));
    }
}
