package dev.wheelhouse.ui.runs;

import dev.wheelhouse.failures.JobFailures;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.JobStats;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.model.StepSnapshot;
import dev.wheelhouse.sccache.CacheTotals;
import dev.wheelhouse.sccache.Diagnosis;
import dev.wheelhouse.sccache.HitRate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the detail pane's {@link JobDetail} for one job of a snapshot. */
final class JobDetails {

    private JobDetails() {
    }

    static Optional<JobDetail> of(RunSnapshot snapshot, long jobId, Instant now) {
        return snapshot.job(jobId).map(job -> of(job, snapshot.statsOf(jobId), snapshot.failureOf(jobId), now));
    }

    static JobDetail of(JobSnapshot job, Optional<JobStats> stats, Instant now) {
        return of(job, stats, Optional.empty(), now);
    }

    static JobDetail of(JobSnapshot job, Optional<JobStats> stats, Optional<JobFailures> failure, Instant now) {
        List<JobDetail.StepRow> steps = new ArrayList<>();
        for (StepSnapshot step : job.steps()) {
            String time = step.startedAt() == null ? "" : Durations.of(step.duration(now));
            steps.add(new JobDetail.StepRow(step.number(), step.name(), StatusBadge.of(step.status(),
                    step.conclusion()), time));
        }
        String runner = job.runnerName() == null || job.runnerName().isEmpty()
                ? "No runner yet · runs on " + String.join(", ", job.labels())
                : job.runnerName() + " · " + String.join(", ", job.labels());
        List<JobDetail.LanguageBar> languages = new ArrayList<>();
        List<Diagnosis> diagnoses = List.of();
        if (stats.isPresent()) {
            for (Map.Entry<String, CacheTotals> e : stats.get().summary().languages().entrySet()) {
                languages.add(bar(e.getKey(), e.getValue()));
            }
            diagnoses = stats.get().summary().diagnoses();
        }
        return new JobDetail(job.id(), job.name(), StatusBadge.of(job.status(), job.conclusion()),
                job.duration(now).map(Durations::of).orElse(""), runner, job.htmlUrl(), steps,
                stats.map(CacheLines::job), stats.flatMap(JobStats::problem), languages, diagnoses, failure,
                job.ranOnRunner());
    }

    private static JobDetail.LanguageBar bar(String language, CacheTotals totals) {
        long looked = totals.hits() + totals.misses();
        HitRate rate = totals.hitRate();
        String text = language + ": " + (rate.noCompilations() ? "nothing compiled" : rate.display()) + " · "
                + CacheLines.counts(totals);
        return new JobDetail.LanguageBar(language, totals.hits(), totals.misses(), totals.errors(),
                looked == 0 ? Double.NaN : (double) totals.hits() / looked, text);
    }
}
