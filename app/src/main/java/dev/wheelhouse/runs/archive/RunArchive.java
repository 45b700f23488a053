package dev.wheelhouse.runs.archive;

import dev.wheelhouse.failures.JobFailures;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.JobStats;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.sccache.RunCacheSummary;

import java.util.Optional;

/**
 * Where watched runs are kept after GitHub expires their logs: the history store. Runs and jobs
 * are written as they complete, cache figures as they are read; the previous run of a workflow
 * is read back for the cold-versus-warm comparison. Implementations must not throw: a history
 * that cannot be written costs the history, not the live view.
 */
public interface RunArchive {

    /** Keeps nothing, knows nothing: for the CLI and for running without a history file. */
    RunArchive NONE = new RunArchive() {
        @Override
        public void recordJobs(RepositoryRef repo, RunSnapshot snapshot) {
        }

        @Override
        public void recordStats(RepositoryRef repo, RunInfo run, JobSnapshot job, JobStats stats) {
        }

        @Override
        public Optional<JobStats> stats(RepositoryRef repo, JobSnapshot job) {
            return Optional.empty();
        }

        @Override
        public Optional<RunCacheSummary> previousRun(RepositoryRef repo, RunInfo run) {
            return Optional.empty();
        }
    };

    /** Writes the run and its completed jobs (again: a write replaces what it wrote before). */
    void recordJobs(RepositoryRef repo, RunSnapshot snapshot);

    /** Writes one job's cache figures. */
    void recordStats(RepositoryRef repo, RunInfo run, JobSnapshot job, JobStats stats);

    /**
     * Writes why a failed job of {@code run} failed (its jobs recorded first). Does nothing by
     * default: an archive that keeps no history keeps no failures either.
     */
    default void recordFailure(RepositoryRef repo, RunInfo run, JobFailures failure) {
    }

    /** A job's figures kept from an earlier session. */
    Optional<JobStats> stats(RepositoryRef repo, JobSnapshot job);

    /** The cache figures of the workflow's last run before {@code run}, if the history has it. */
    Optional<RunCacheSummary> previousRun(RepositoryRef repo, RunInfo run);
}
