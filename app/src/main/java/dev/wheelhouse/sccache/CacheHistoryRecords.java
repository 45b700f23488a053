package dev.wheelhouse.sccache;

import dev.wheelhouse.history.JobCacheStatsRecord;
import dev.wheelhouse.history.JobRecord;
import dev.wheelhouse.history.LanguageCounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts a job's cache summary to the history's record and back. It lives here because
 * {@code history} may not know {@code sccache}: the store keeps codes and counts, this package
 * knows what they mean.
 */
public final class CacheHistoryRecords {

    private CacheHistoryRecords() {
    }

    public static JobCacheStatsRecord toRecord(long jobId, JobCacheSummary job, Instant recordedAt) {
        Map<String, LanguageCounts> languages = new LinkedHashMap<>();
        job.languages().forEach((name, t) -> languages.put(name, new LanguageCounts(t.hits(), t.misses(), t.errors())));
        Optional<CacheTotals> totals = job.totals();
        return new JobCacheStatsRecord(jobId, job.compileRequests(),
                totals.map(CacheTotals::hits).orElse(null), totals.map(CacheTotals::misses).orElse(null),
                totals.map(CacheTotals::errors).orElse(null),
                job.cacheLocation() == null ? null : job.cacheLocation().kind().wireName(), job.version(),
                job.diagnoses().stream().map(d -> d.code().code()).toList(), languages, recordedAt);
    }

    /**
     * A stored job back as a summary. The log is gone, so diagnoses carry their code's general
     * advice without the evidence; codes this version does not know are left out.
     */
    public static JobCacheSummary fromRecord(String jobName, JobCacheStatsRecord record) {
        Optional<CacheTotals> totals = record.hits() == null || record.misses() == null ? Optional.empty()
                : Optional.of(new CacheTotals(record.hits(), record.misses(),
                        record.errors() == null ? 0 : record.errors()));
        Map<String, CacheTotals> languages = new LinkedHashMap<>();
        record.languages().forEach((name, c) -> languages.put(name,
                new CacheTotals(orZero(c.hits()), orZero(c.misses()), orZero(c.errors()))));
        CacheLocation location = record.cacheLocationKind() == null ? null : Arrays.stream(CacheLocation.Kind.values())
                .filter(k -> k.wireName().equals(record.cacheLocationKind())).findFirst()
                .map(k -> new CacheLocation(k, k.description())).orElse(null);
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (String code : record.diagnoses()) {
            Arrays.stream(DiagnosisCode.values()).filter(c -> c.code().equals(code)).findFirst()
                    .ifPresent(c -> diagnoses.add(new Diagnosis(c, DiagnosisMessages.general(c), null)));
        }
        return new JobCacheSummary(jobName, totals, record.compileRequests(), languages, location,
                record.sccacheVersion(), totals.isPresent() ? 1 : 0, diagnoses);
    }

    /**
     * A stored run attempt as a summary, for comparing a run with the one before it after GitHub
     * has expired that one's logs. Jobs without stored figures count as jobs without statistics;
     * jobs that did not run ({@link CountedJobs}) are not counted.
     */
    public static RunCacheSummary runSummary(List<JobRecord> jobs, Map<Long, JobCacheStatsRecord> stats) {
        List<JobCacheSummary> summaries = new ArrayList<>();
        for (JobRecord job : jobs) {
            if (!CountedJobs.counted(job.status(), job.conclusion())) {
                continue;
            }
            JobCacheStatsRecord record = stats.get(job.jobId());
            summaries.add(record != null ? fromRecord(job.name(), record) : CountedJobs.withoutFigures(job.name()));
        }
        return RunCacheSummary.of(summaries);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
