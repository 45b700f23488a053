package dev.wheelhouse.runs.archive;

import dev.wheelhouse.failures.JobFailures;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.JobStats;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.sccache.RunCacheSummary;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@link RunArchive} that says when it has written: the Cache screen's trends read the history
 * the archive writes, and would otherwise show a watched run's figures only when asked again.
 * The callback runs on the writer's thread, after the write.
 */
public final class ObservedRunArchive implements RunArchive {

    private final RunArchive archive;
    private final Runnable written;

    public ObservedRunArchive(RunArchive archive, Runnable written) {
        this.archive = Objects.requireNonNull(archive, "archive");
        this.written = Objects.requireNonNull(written, "written");
    }

    @Override
    public void recordJobs(RepositoryRef repo, RunSnapshot snapshot) {
        archive.recordJobs(repo, snapshot);
        written.run();
    }

    @Override
    public void recordStats(RepositoryRef repo, RunInfo run, JobSnapshot job, JobStats stats) {
        archive.recordStats(repo, run, job, stats);
        written.run();
    }

    @Override
    public void recordFailure(RepositoryRef repo, RunInfo run, JobFailures failure) {
        archive.recordFailure(repo, run, failure);
        written.run();
    }

    @Override
    public Optional<JobStats> stats(RepositoryRef repo, JobSnapshot job) {
        return archive.stats(repo, job);
    }

    @Override
    public Optional<RunCacheSummary> previousRun(RepositoryRef repo, RunInfo run) {
        return archive.previousRun(repo, run);
    }
}
