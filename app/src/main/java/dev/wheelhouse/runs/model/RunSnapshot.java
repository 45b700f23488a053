package dev.wheelhouse.runs.model;

import dev.wheelhouse.failures.FailureGroup;
import dev.wheelhouse.failures.FailureGroups;
import dev.wheelhouse.failures.JobFailures;
import dev.wheelhouse.sccache.CountedJobs;
import dev.wheelhouse.sccache.JobCacheSummary;
import dev.wheelhouse.sccache.RunCacheSummary;
import dev.wheelhouse.sccache.RunComparison;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the run view shows of one run attempt at one moment. Immutable: each change
 * arrives as a new snapshot, and a view binds to the latest.
 *
 * @param jobs       the attempt's jobs in the order GitHub lists them
 * @param layout     where each job sits: matrix grids and the strip
 * @param stats      sccache figures by job id, for the completed jobs read so far
 * @param comparison this run's cache totals against the previous run of the workflow (cold versus
 *                   warm), once every job's figures are in and the history knows an earlier run
 * @param observedAt when the data was fetched (the watcher's clock)
 */
public record RunSnapshot(RunInfo run, List<JobSnapshot> jobs, RunLayout layout, Map<Long, JobStats> stats,
                          Optional<RunComparison> comparison, Instant observedAt, Map<Long, JobFailures> failures) {

    public RunSnapshot {
        Objects.requireNonNull(run, "run");
        jobs = List.copyOf(jobs);
        Objects.requireNonNull(layout, "layout");
        stats = Collections.unmodifiableMap(new LinkedHashMap<>(stats));
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(observedAt, "observedAt");
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    /** A snapshot whose failed jobs' reasons are not read yet. */
    public RunSnapshot(RunInfo run, List<JobSnapshot> jobs, RunLayout layout, Map<Long, JobStats> stats,
                       Optional<RunComparison> comparison, Instant observedAt) {
        this(run, jobs, layout, stats, comparison, observedAt, Map.of());
    }

    /** Why a failed job failed, once read. */
    public Optional<JobFailures> failureOf(long jobId) {
        return Optional.ofNullable(failures.get(jobId));
    }

    /** The reasons of the failed jobs read so far, grouped across cells, the largest group first. */
    public List<FailureGroup> failureGroups() {
        return FailureGroups.of(jobs.stream().map(j -> failures.get(j.id())).filter(Objects::nonNull).toList());
    }

    public RunSnapshot withFailures(Map<Long, JobFailures> newFailures) {
        return new RunSnapshot(run, jobs, layout, stats, comparison, observedAt, newFailures);
    }

    public Optional<JobSnapshot> job(long jobId) {
        return jobs.stream().filter(j -> j.id() == jobId).findFirst();
    }

    public Optional<JobStats> statsOf(long jobId) {
        return Optional.ofNullable(stats.get(jobId));
    }

    /** The run and every job have completed: nothing in this attempt will change any more. */
    public boolean finished() {
        return run.completed() && jobs.stream().allMatch(JobSnapshot::completed);
    }

    /** Counts and elapsed time as of {@code now} (a view ticking the clock passes its own now). */
    public RunProgress progress(Instant now) {
        return RunProgress.of(jobs, run.elapsed(now));
    }

    /** {@code 14/20 done · 2 failed · 4 running · 12:31}, as of {@code now}. */
    public String summaryLine(Instant now) {
        return progress(now).line();
    }

    /**
     * The cache figures over the jobs that ran ({@link CountedJobs}); one whose figures are not
     * read yet counts as a job without figures.
     */
    public RunCacheSummary cacheSummary() {
        List<JobCacheSummary> summaries = jobs.stream()
                .filter(j -> CountedJobs.counted(j.status(), j.conclusion()) || stats.containsKey(j.id()))
                .map(j -> Optional.ofNullable(stats.get(j.id())).map(JobStats::summary)
                        .orElseGet(() -> CountedJobs.withoutFigures(j.name())))
                .toList();
        return RunCacheSummary.of(summaries);
    }

    public RunSnapshot withStats(Map<Long, JobStats> newStats, Optional<RunComparison> newComparison) {
        return new RunSnapshot(run, jobs, layout, newStats, newComparison, observedAt, failures);
    }
}
