package dev.wheelhouse.sandbox.http;

import dev.wheelhouse.github.model.ErrorBody;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub's primary rate limit (a budget per token per hour, reset an hour after the window's
 * first call) and, when configured, a secondary limit on calls per minute. Both refuse with
 * 403 or 429 and {@code Retry-After}, as documented at
 * https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api.
 * Unauthenticated callers share a 60-per-hour bucket, as on github.com.
 */
public final class RateLimiter {

    /** The bucket of unauthenticated callers. */
    public static final String ANONYMOUS = "anonymous";
    static final int ANONYMOUS_LIMIT = 60;
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration SECONDARY_WINDOW = Duration.ofMinutes(1);
    private static final String PRIMARY_DOCS =
            "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits";
    private static final String SECONDARY_DOCS =
            "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits";

    private final Clock clock;
    private final int limit;
    private final int secondaryPerMinute;
    private final int refusalStatus;
    private final Map<String, Window> windows = new HashMap<>();
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    /** What the {@code X-RateLimit-*} headers say about one bucket. */
    public record Snapshot(int limit, int used, int remaining, long reset) {
    }

    private static final class Window {
        Instant reset;
        int used;
    }

    /**
     * @param limit              calls per hour per token
     * @param secondaryPerMinute calls per minute per caller before the secondary limit, 0 for none
     * @param refusalStatus      403 or 429: GitHub documents both
     */
    public RateLimiter(Clock clock, int limit, int secondaryPerMinute, int refusalStatus) {
        if (refusalStatus != 403 && refusalStatus != 429) {
            throw new IllegalArgumentException("GitHub refuses with 403 or 429, not " + refusalStatus);
        }
        this.clock = clock;
        this.limit = limit;
        this.secondaryPerMinute = secondaryPerMinute;
        this.refusalStatus = refusalStatus;
    }

    /** The bucket a caller's calls count against: per token owner, or the shared anonymous one. */
    public static String bucketOf(TokenGrant grant) {
        return grant == null ? ANONYMOUS : "user:" + grant.login();
    }

    public synchronized Snapshot peek(String bucket) {
        Window window = current(bucket);
        int max = limitOf(bucket);
        return new Snapshot(max, window.used, Math.max(0, max - window.used),
                window.reset.getEpochSecond());
    }

    /** Counts one call against the bucket and returns the state after it. */
    public synchronized Snapshot consume(String bucket) {
        current(bucket).used++;
        return peek(bucket);
    }

    /** GitHub's refusal when the bucket is spent, with the headers of that moment. */
    public synchronized Optional<ApiResponse> primaryRefusal(String bucket, String who, String requestId) {
        Snapshot state = peek(bucket);
        if (state.remaining() > 0) {
            return Optional.empty();
        }
        long wait = Math.max(1, state.reset() - clock.instant().getEpochSecond());
        String message = "API rate limit exceeded for " + who + ". If you reach out to GitHub Support"
                + " for help, please include the request ID " + requestId + ".";
        return Optional.of(ApiResponse.json(refusalStatus,
                        new ErrorBody(message, PRIMARY_DOCS, refusalStatus))
                .withHeader("Retry-After", Long.toString(wait)));
    }

    /** Records the call for the secondary limit and refuses it when the minute is full. */
    public synchronized Optional<ApiResponse> secondaryRefusal(String bucket, String requestId) {
        if (secondaryPerMinute <= 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Deque<Instant> calls = recent.computeIfAbsent(bucket, k -> new ArrayDeque<>());
        while (!calls.isEmpty() && !calls.peekFirst().isAfter(now.minus(SECONDARY_WINDOW))) {
            calls.removeFirst();
        }
        if (calls.size() >= secondaryPerMinute) {
            String message = "You have exceeded a secondary rate limit. Please wait a few minutes"
                    + " before you try again. If you reach out to GitHub Support for help, please"
                    + " include the request ID " + requestId + ".";
            return Optional.of(ApiResponse.json(refusalStatus,
                            new ErrorBody(message, SECONDARY_DOCS, refusalStatus))
                    .withHeader("Retry-After", "60"));
        }
        calls.addLast(now);
        return Optional.empty();
    }

    public synchronized void reset() {
        windows.clear();
        recent.clear();
    }

    private int limitOf(String bucket) {
        return bucket.equals(ANONYMOUS) ? ANONYMOUS_LIMIT : limit;
    }

    private Window current(String bucket) {
        Instant now = clock.instant();
        Window window = windows.computeIfAbsent(bucket, k -> new Window());
        if (window.reset == null || !now.isBefore(window.reset)) {
            window.reset = now.plus(WINDOW);
            window.used = 0;
        }
        return window;
    }
}
