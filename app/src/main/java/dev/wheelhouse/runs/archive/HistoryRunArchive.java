package dev.wheelhouse.runs.archive;

import dev.wheelhouse.failures.Failure;
import dev.wheelhouse.failures.FailureClass;
import dev.wheelhouse.failures.JobFailures;
import dev.wheelhouse.history.JobFailureRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.history.HistoryException;
import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.history.JobCacheStatsRecord;
import dev.wheelhouse.history.JobRecord;
import dev.wheelhouse.history.RunRecord;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.JobStats;
import dev.wheelhouse.runs.model.MatrixCells;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.sccache.CacheHistoryRecords;
import dev.wheelhouse.sccache.RunCacheSummary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@link RunArchive} over the SQLite history store: a run and its jobs as they complete
 * (with each job's matrix cell and runner OS, which the trend charts group by), cache figures as
 * they are read. A failing store is logged and otherwise ignored: the live view goes on.
 */
public final class HistoryRunArchive implements RunArchive {

    private static final System.Logger LOG = System.getLogger("dev.wheelhouse.runs");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HistoryStore store;
    private final Clock clock;

    public HistoryRunArchive(HistoryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void recordJobs(RepositoryRef repo, RunSnapshot snapshot) {
        RunInfo run = snapshot.run();
        if (run.workflowPath() == null || run.createdAt() == null) {
            return;
        }
        List<JobRecord> jobs = new ArrayList<>();
        for (JobSnapshot job : snapshot.jobs()) {
            jobs.add(new JobRecord(run.id(), run.attempt(), job.id(), job.name(), matrixJson(snapshot, job),
                    job.status(), job.conclusion(), job.startedAt(), job.completedAt(), runnerOs(job.labels())));
        }
        RunRecord record = new RunRecord(repo.fullName(), run.workflowPath(), run.id(), run.attempt(), run.branch(),
                run.headSha(), run.event(), run.status(), run.conclusion(), run.createdAt(), run.startedAt(),
                run.updatedAt(), run.htmlUrl());
        guarded("save run " + run.id(), () -> store.saveRun(record, jobs, List.of()));
    }

    @Override
    public void recordStats(RepositoryRef repo, RunInfo run, JobSnapshot job, JobStats stats) {
        if (!stats.hasFigures() && stats.problem().isPresent()) {
            // Nothing learnt; a stored blank would stop the next session from trying again.
            return;
        }
        JobCacheStatsRecord record = CacheHistoryRecords.toRecord(job.id(), stats.summary(), clock.instant());
        guarded("save cache figures of job " + job.id(), () -> store.saveCacheStats(record));
    }

    @Override
    public void recordFailure(RepositoryRef repo, RunInfo run, JobFailures failure) {
        Failure f = failure.report().primary().orElse(null);
        JobFailureRecord record = f == null
                ? new JobFailureRecord(failure.jobId(), FailureClass.UNKNOWN.code(), null, null, null, null, null,
                        clock.instant())
                : new JobFailureRecord(failure.jobId(), f.failureClass().code(), f.step(),
                        f.hasLine() ? f.line() : null, f.hasLine() ? f.text().strip() : null,
                        f.sourceLocation() == null ? null : f.sourceLocation().toString(), f.message(), clock.instant());
        guarded("save why job " + failure.jobId() + " failed", () -> store.saveJobFailure(record));
    }

    @Override
    public Optional<JobStats> stats(RepositoryRef repo, JobSnapshot job) {
        try {
            return store.cacheStats(job.id()).map(r -> new JobStats(job.id(), JobStats.Source.HISTORY,
                    CacheHistoryRecords.fromRecord(job.name(), r), Optional.empty()));
        } catch (HistoryException e) {
            LOG.log(System.Logger.Level.WARNING, "history: read cache figures of job " + job.id(), e);
            return Optional.empty();
        }
    }

    @Override
    public Optional<RunCacheSummary> previousRun(RepositoryRef repo, RunInfo run) {
        if (run.workflowPath() == null) {
            return Optional.empty();
        }
        try {
            return store.lastRunBefore(repo.fullName(), run.workflowPath(), run.id())
                    .map(before -> CacheHistoryRecords.runSummary(store.jobs(before.runId(), before.attempt()),
                            store.cacheStatsOfRun(before.runId(), before.attempt())))
                    .filter(summary -> summary.jobsWithStats() > 0);
        } catch (HistoryException e) {
            LOG.log(System.Logger.Level.WARNING, "history: read the run before " + run.id(), e);
            return Optional.empty();
        }
    }

    private static void guarded(String what, Runnable write) {
        try {
            write.run();
        } catch (HistoryException e) {
            LOG.log(System.Logger.Level.WARNING, "history: " + what + " failed", e);
        }
    }

    /** The job's matrix cell as JSON ({@code {"os":"macos-latest","python":"cp312"}}); null without a matrix. */
    private static String matrixJson(RunSnapshot snapshot, JobSnapshot job) {
        Optional<MatrixCells> matrix = snapshot.layout().matrixOf(job.id());
        if (matrix.isEmpty()) {
            return null;
        }
        OptionalInt index = matrix.get().indexOf(job.id());
        Map<String, Object> values = matrix.get().expansion().jobs().get(index.getAsInt()).values();
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** GitHub's runner OS names, from the {@code runs-on} labels. */
    static String runnerOs(List<String> labels) {
        for (String label : labels) {
            String l = label.toLowerCase(Locale.ROOT);
            if (l.contains("macos")) {
                return "macOS";
            }
            if (l.contains("windows")) {
                return "Windows";
            }
            if (l.contains("ubuntu") || l.contains("linux")) {
                return "Linux";
            }
        }
        return null;
    }
}
