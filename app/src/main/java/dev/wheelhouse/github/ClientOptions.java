package dev.wheelhouse.github;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How a {@link GitHubClient} behaves beyond where it connects: retries, rate-limit waits,
 * timeouts, and the clock and sleeper, which tests replace so that nothing waits for real.
 *
 * @param random numbers in [0, 1) for retry jitter
 */
public record ClientOptions(Clock clock, Sleeper sleeper, RetryPolicy retry, RateLimitPolicy rateLimit,
                            Duration connectTimeout, Duration requestTimeout, DoubleSupplier random,
                            long cacheBytes, String userAgent) {

    public ClientOptions {
        Objects.requireNonNull(clock);
        Objects.requireNonNull(sleeper);
        Objects.requireNonNull(retry);
        Objects.requireNonNull(rateLimit);
        Objects.requireNonNull(random);
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** Real time, default retries, fail at once on a spent rate limit, 10 s to connect, 30 s per answer. */
    public static ClientOptions defaults() {
        return new ClientOptions(Clock.systemDefaultZone(), new WaitingSleeper(), RetryPolicy.DEFAULT,
                RateLimitPolicy.FAIL, Duration.ofSeconds(10), Duration.ofSeconds(30),
                () -> ThreadLocalRandom.current().nextDouble(), 32L << 20, "Wheelhouse/0.1");
    }

    public ClientOptions withClock(Clock c) {
        return new ClientOptions(c, sleeper, retry, rateLimit, connectTimeout, requestTimeout, random, cacheBytes, userAgent);
    }

    public ClientOptions withSleeper(Sleeper s) {
        return new ClientOptions(clock, s, retry, rateLimit, connectTimeout, requestTimeout, random, cacheBytes, userAgent);
    }

    public ClientOptions withRetry(RetryPolicy r) {
        return new ClientOptions(clock, sleeper, r, rateLimit, connectTimeout, requestTimeout, random, cacheBytes, userAgent);
    }

    public ClientOptions withRateLimit(RateLimitPolicy p) {
        return new ClientOptions(clock, sleeper, retry, p, connectTimeout, requestTimeout, random, cacheBytes, userAgent);
    }

    public ClientOptions withRequestTimeout(Duration t) {
        return new ClientOptions(clock, sleeper, retry, rateLimit, connectTimeout, t, random, cacheBytes, userAgent);
    }

    public ClientOptions withRandom(DoubleSupplier r) {
        return new ClientOptions(clock, sleeper, retry, rateLimit, connectTimeout, requestTimeout, r, cacheBytes, userAgent);
    }
}
