package dev.wheelhouse.sandbox.sim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one sccache server counted during a job, in sccache's own terms (see
 * samples/sccache/README.md, "How the figures are counted"): a read error is both a miss and
 * an error; failed and non-cacheable compiles are executed but neither hit nor miss.
 *
 * @param hits   cache hits by language ({@code Rust}, {@code C/C++}); absent means 0
 * @param misses cache misses by language
 */
public record SccacheStats(
        int compileRequests,
        int requestsExecuted,
        Map<String, Integer> hits,
        Map<String, Integer> misses,
        int cacheErrors,
        int cacheWriteErrors,
        int cacheWrites,
        int compilationFailures,
        int nonCacheableCalls,
        Map<String, Integer> nonCacheableReasons,
        int nonCompilationCalls,
        double averageCacheWriteSeconds,
        double averageCompilerSeconds,
        double averageCacheReadHitSeconds) {

    /** A server that saw nothing: what the host reads when the compiles ran in a container. */
    public static final SccacheStats EMPTY = new SccacheStats(0, 0, Map.of(), Map.of(), 0, 0, 0, 0, 0,
            Map.of(), 0, 0, 0, 0);

    public SccacheStats {
        hits = Map.copyOf(hits);
        misses = Map.copyOf(misses);
        nonCacheableReasons = Map.copyOf(nonCacheableReasons);
    }

    public int totalHits() {
        return hits.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalMisses() {
        return misses.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Languages in the order sccache prints them. */
    public static Iterable<String> languageOrder() {
        return java.util.List.of("C/C++", "Rust");
    }

    /**
     * sccache-action's notice figure: {@code Math.round(hits / (hits + misses + errors) * 100 || 0)}
     * (src/show_stats.ts).
     */
    public int noticePercent() {
        int denominator = totalHits() + totalMisses() + cacheErrors;
        return denominator == 0 ? 0 : (int) Math.round(totalHits() * 100.0 / denominator);
    }

    /** sccache's {@code Cache hits rate}: hits / (hits + misses), or null when nothing compiled. */
    public Double hitRatePercent() {
        int denominator = totalHits() + totalMisses();
        return denominator == 0 ? null : totalHits() * 100.0 / denominator;
    }

    /** The same stats scaled down to the part of a build that ran before it was cut short. */
    public SccacheStats partial(double fraction) {
        if (fraction >= 1) {
            return this;
        }
        return new SccacheStats(scale(compileRequests, fraction), scale(requestsExecuted, fraction),
                scale(hits, fraction), scale(misses, fraction), scale(cacheErrors, fraction),
                scale(cacheWriteErrors, fraction), scale(cacheWrites, fraction), compilationFailures,
                scale(nonCacheableCalls, fraction), scale(nonCacheableReasons, fraction),
                nonCompilationCalls, averageCacheWriteSeconds, averageCompilerSeconds,
                averageCacheReadHitSeconds);
    }

    private static int scale(int n, double fraction) {
        return (int) Math.floor(n * Math.max(0, fraction));
    }

    private static Map<String, Integer> scale(Map<String, Integer> counts, double fraction) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> {
            int scaled = scale(v, fraction);
            if (scaled > 0) {
                out.put(k, scaled);
            }
        });
        return out;
    }
}
