package dev.wheelhouse.sccache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the cache did in one job.
 *
 * <p>sccache's counters add up over a server's life, so a job's figure is the last reading of
 * each server, not the sum of every block printed (sccache-action prints the same state three
 * times). A reading whose hits or misses fall below the previous one comes from a new server
 * (restarted, or another container); the job's totals add up the last reading of each.
 *
 * @param job             the job's name as the caller knows it
 * @param totals          hits, misses and errors; empty when the log holds no statistics
 * @param compileRequests {@code Compile requests} over the same readings, null when they do not give it
 * @param languages       per-language totals, in first-seen order
 * @param cacheLocation   where the last reading says the cache was, null when unknown
 * @param version         the sccache version the last reading names, null when unknown
 * @param readings        statistics blocks the totals were taken from (one per server life)
 * @param diagnoses       what went wrong, from {@link SccacheDiagnostician}
 */
public record JobCacheSummary(String job, Optional<CacheTotals> totals, Long compileRequests,
                              Map<String, CacheTotals> languages, CacheLocation cacheLocation, String version,
                              int readings, List<Diagnosis> diagnoses) {

    public JobCacheSummary {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(totals, "totals");
        languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
        diagnoses = List.copyOf(diagnoses);
    }

    public static JobCacheSummary of(String job, SccacheLogScan scan, List<Diagnosis> diagnoses) {
        List<SccacheStats> finals = lastReadingPerServer(scan.blocks());
        if (finals.isEmpty()) {
            return new JobCacheSummary(job, Optional.empty(), null, Map.of(), null, null, 0, diagnoses);
        }
        CacheTotals totals = CacheTotals.ZERO;
        Long requests = 0L;
        Map<String, CacheTotals> languages = new LinkedHashMap<>();
        for (SccacheStats reading : finals) {
            totals = totals.plus(CacheTotals.of(reading));
            requests = requests == null || reading.compileRequests() == null ? null
                    : requests + reading.compileRequests();
            reading.languages().forEach((name, figures) ->
                    languages.merge(name, CacheTotals.of(figures), CacheTotals::plus));
        }
        CacheLocation location = null;
        String version = null;
        for (SccacheStats b : scan.blocks()) {
            location = b.cacheLocation() != null ? b.cacheLocation() : location;
            version = b.version() != null ? b.version() : version;
        }
        return new JobCacheSummary(job, Optional.of(totals), requests, languages, location, version,
                finals.size(), diagnoses);
    }

    /** sccache's rate over the job's totals; unknown when the log held no statistics. */
    public HitRate hitRate() {
        return totals.map(CacheTotals::hitRate).orElse(HitRate.sccache(null, null));
    }

    public boolean hasStats() {
        return totals.isPresent();
    }

    public boolean has(DiagnosisCode code) {
        return diagnoses.stream().anyMatch(d -> d.code() == code);
    }

    /**
     * The final reading of each server life. Text and JSON readings are preferred; notices count
     * only in a log with neither (they restate the JSON printed just before them).
     */
    static List<SccacheStats> lastReadingPerServer(List<SccacheStats> blocks) {
        List<SccacheStats> readings = blocks.stream()
                .filter(b -> b.format() != StatsFormat.NOTICE && b.hasHitsAndMisses()).toList();
        if (readings.isEmpty()) {
            readings = blocks.stream().filter(SccacheStats::hasHitsAndMisses).toList();
        }
        List<SccacheStats> finals = new ArrayList<>();
        SccacheStats previous = null;
        for (SccacheStats reading : readings) {
            if (previous != null && (reading.hits() < previous.hits() || reading.misses() < previous.misses())) {
                finals.add(previous);
            }
            previous = reading;
        }
        if (previous != null) {
            finals.add(previous);
        }
        return finals;
    }
}
