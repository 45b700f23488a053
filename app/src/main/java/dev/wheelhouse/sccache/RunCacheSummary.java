package dev.wheelhouse.sccache;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the cache did across the jobs of one run.
 *
 * @param jobs             the jobs counted ({@link CountedJobs}), with or without figures
 * @param totals           hits, misses and errors over every job with statistics
 * @param languages        per-language totals over the jobs
 * @param jobsWithStats    jobs whose log held statistics
 * @param jobsNothingCompiled jobs whose statistics show no lookups at all
 * @param diagnosisCounts  how many jobs got each diagnosis
 * @param jobsWithLanguages jobs whose figures are split by language (only a job log's are): the
 *                         per-language totals are over these jobs only
 */
public record RunCacheSummary(List<JobCacheSummary> jobs, CacheTotals totals, Map<String, CacheTotals> languages,
                              int jobsWithStats, int jobsNothingCompiled,
                              Map<DiagnosisCode, Integer> diagnosisCounts, int jobsWithLanguages) {

    public RunCacheSummary {
        jobs = List.copyOf(jobs);
        languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
        Map<DiagnosisCode, Integer> counts = new EnumMap<>(DiagnosisCode.class);
        counts.putAll(diagnosisCounts);
        diagnosisCounts = Collections.unmodifiableMap(counts);
    }

    public static RunCacheSummary of(List<JobCacheSummary> jobs) {
        CacheTotals totals = CacheTotals.ZERO;
        Map<String, CacheTotals> languages = new LinkedHashMap<>();
        Map<DiagnosisCode, Integer> counts = new EnumMap<>(DiagnosisCode.class);
        int withStats = 0;
        int nothingCompiled = 0;
        int withLanguages = 0;
        for (JobCacheSummary job : jobs) {
            if (!job.languages().isEmpty()) {
                withLanguages++;
            }
            if (job.totals().isPresent()) {
                CacheTotals t = job.totals().get();
                withStats++;
                if (t.hits() + t.misses() == 0) {
                    nothingCompiled++;
                }
                totals = totals.plus(t);
            }
            job.languages().forEach((name, t) -> languages.merge(name, t, CacheTotals::plus));
            job.diagnoses().stream().map(Diagnosis::code).distinct()
                    .forEach(code -> counts.merge(code, 1, Integer::sum));
        }
        return new RunCacheSummary(jobs, totals, languages, withStats, nothingCompiled, counts, withLanguages);
    }

    /** sccache's rate over the run; "no compilations" when no job looked anything up. */
    public HitRate hitRate() {
        return jobsWithStats == 0 ? HitRate.sccache(null, null) : totals.hitRate();
    }
}
