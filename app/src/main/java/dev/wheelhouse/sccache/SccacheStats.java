package dev.wheelhouse.sccache;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One statistics block found in a log. Every figure is null when the block does not show it
 * (a notice has no request counts, a 0.2 block no rate line, a block cut short loses its tail).
 *
 * @param step                the job step the block came from ({@code ##[group]Run …}), null when unknown
 * @param group               the log group it sat in ({@code ##[group]Get human-readable stats}), null if none
 * @param line                1-based line number of the block's first line
 * @param format              text, JSON or notice
 * @param compileRequests     {@code Compile requests}
 * @param requestsExecuted    {@code Compile requests executed}
 * @param hits                {@code Cache hits} (the total, not a per-language or direct-mode line)
 * @param misses              {@code Cache misses}
 * @param errors              {@code Cache errors}
 * @param timeouts            {@code Cache timeouts}
 * @param readErrors          {@code Cache read errors}
 * @param writeErrors         {@code Cache write errors}
 * @param compilationFailures {@code Compilation failures}
 * @param nonCacheableCalls   {@code Non-cacheable calls}
 * @param languages           per-language figures in print order; empty for notices and advanced stats
 * @param nonCacheableReasons the {@code Non-cacheable reasons:} section, in print order
 * @param cacheLocation       the cache backend, null when the block does not show it
 * @param version             {@code Version (client)} or JSON {@code version}, null when absent
 * @param hitRate             the rate as printed, or computed the way the block's tool computes it
 * @param truncated           the block was cut before its end (no {@code Cache location} trailer, JSON unclosed)
 */
public record SccacheStats(
        String step,
        String group,
        long line,
        StatsFormat format,
        Long compileRequests,
        Long requestsExecuted,
        Long hits,
        Long misses,
        Long errors,
        Long timeouts,
        Long readErrors,
        Long writeErrors,
        Long compilationFailures,
        Long nonCacheableCalls,
        Map<String, LanguageStats> languages,
        Map<String, Long> nonCacheableReasons,
        CacheLocation cacheLocation,
        String version,
        HitRate hitRate,
        boolean truncated) {

    public SccacheStats {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(hitRate, "hitRate");
        languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
        nonCacheableReasons = Collections.unmodifiableMap(new LinkedHashMap<>(nonCacheableReasons));
    }

    /** True when hits and misses are both known. */
    public boolean hasHitsAndMisses() {
        return hits != null && misses != null;
    }

    /** Hits and misses both zero: nothing was looked up in the cache. */
    public boolean nothingCompiled() {
        return hasHitsAndMisses() && hits + misses == 0;
    }

    /** Any sign of the storage failing: errors, timeouts, read or write errors above zero. */
    public boolean hasCacheErrors() {
        return positive(errors) || positive(timeouts) || positive(readErrors) || positive(writeErrors);
    }

    private static boolean positive(Long value) {
        return value != null && value > 0;
    }
}
