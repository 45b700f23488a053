package dev.wheelhouse.sccache;

import java.util.LinkedHashMap;
import java.util.Map;

/** Mutable accumulator the block parsers fill in; one per block. */
final class StatsBuilder {

    final StatsFormat format;
    final long line;
    final String step;
    final String group;
    Long compileRequests;
    Long requestsExecuted;
    Long hits;
    Long misses;
    Long errors;
    Long timeouts;
    Long readErrors;
    Long writeErrors;
    Long compilationFailures;
    Long nonCacheableCalls;
    final Map<String, LanguageStats> languages = new LinkedHashMap<>();
    final Map<String, Long> nonCacheableReasons = new LinkedHashMap<>();
    CacheLocation cacheLocation;
    String version;
    HitRate printedRate;
    boolean truncated;

    StatsBuilder(StatsFormat format, long line, String step, String group) {
        this.format = format;
        this.line = line;
        this.step = step;
        this.group = group;
    }

    SccacheStats build() {
        HitRate rate = printedRate != null ? printedRate : HitRate.sccache(hits, misses);
        return new SccacheStats(step, group, line, format, compileRequests, requestsExecuted, hits,
                misses, errors, timeouts, readErrors, writeErrors, compilationFailures,
                nonCacheableCalls, languages, nonCacheableReasons, cacheLocation, version, rate,
                truncated);
    }
}
