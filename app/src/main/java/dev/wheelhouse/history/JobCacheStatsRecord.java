package dev.wheelhouse.history;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How sccache did in one job, kept after GitHub expires the job's log. Figures are null when the
 * log gave none.
 *
 * @param cacheLocationKind the backend, as the sccache package names it ({@code github-actions}, {@code local-disk}, …)
 * @param diagnoses         diagnosis codes found in the job's log
 * @param languages         per-language figures, in the order sccache printed them
 * @param recordedAt        when the figures were taken from the log
 */
public record JobCacheStatsRecord(long jobId, Long compileRequests, Long hits, Long misses, Long errors,
                                  String cacheLocationKind, String sccacheVersion, List<String> diagnoses,
                                  Map<String, LanguageCounts> languages, Instant recordedAt) {

    public JobCacheStatsRecord {
        Objects.requireNonNull(recordedAt, "recordedAt");
        diagnoses = List.copyOf(diagnoses);
        languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
    }
}
