package dev.wheelhouse.sandbox.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the sandbox has served since the last reset, by route template. {@code counted} is what
 * GitHub would charge to the rate limit: a 304 is not, and neither is {@code GET /rate_limit}.
 */
public final class RequestStats {

    private final LongAdder total = new LongAdder();
    private final LongAdder counted = new LongAdder();
    private final LongAdder notModified = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final Map<String, LongAdder> routes = new ConcurrentHashMap<>();

    /** The JSON of {@code GET /_sandbox/stats}. */
    @com.fasterxml.jackson.databind.annotation.JsonNaming(
            com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Snapshot(long total, long counted, long notModified, long bytes,
                           Map<String, Long> routes) {
        public Snapshot {
            routes = Map.copyOf(routes);
        }
    }

    public void record(String routeKey, int status, long bodyBytes, boolean countedByGitHub) {
        total.increment();
        if (countedByGitHub) {
            counted.increment();
        }
        if (status == 304) {
            notModified.increment();
        }
        bytes.add(bodyBytes);
        routes.computeIfAbsent(routeKey, k -> new LongAdder()).increment();
    }

    public Snapshot snapshot() {
        Map<String, Long> byRoute = new TreeMap<>();
        routes.forEach((k, v) -> byRoute.put(k, v.sum()));
        return new Snapshot(total.sum(), counted.sum(), notModified.sum(), bytes.sum(), byRoute);
    }

    public void reset() {
        total.reset();
        counted.reset();
        notModified.reset();
        bytes.reset();
        routes.clear();
    }
}
