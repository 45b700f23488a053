package dev.wheelhouse.github;

import java.time.Instant;
import java.util.Optional;

/**
 * The rate-limit budget GitHub reported on its last answer ({@code X-RateLimit-*} headers,
 * https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#checking-the-status-of-your-rate-limit).
 */
public record RateLimitState(int limit, int remaining, int used, Instant reset, String resource) {

    /** Before the first answer. */
    public static final RateLimitState UNKNOWN = new RateLimitState(-1, -1, -1, Instant.EPOCH, "");

    public boolean known() {
        return limit >= 0;
    }

    public boolean spent() {
        return known() && remaining == 0;
    }

    static Optional<RateLimitState> fromHeaders(ApiReply reply) {
        Optional<String> limit = reply.header("X-RateLimit-Limit");
        Optional<String> remaining = reply.header("X-RateLimit-Remaining");
        Optional<String> reset = reply.header("X-RateLimit-Reset");
        if (limit.isEmpty() || remaining.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        try {
            int l = Integer.parseInt(limit.get().trim());
            int r = Integer.parseInt(remaining.get().trim());
            int used = reply.header("X-RateLimit-Used").map(s -> Integer.parseInt(s.trim())).orElse(l - r);
            return Optional.of(new RateLimitState(l, r, used, Instant.ofEpochSecond(Long.parseLong(reset.get().trim())),
                    reply.header("X-RateLimit-Resource").orElse("core")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
