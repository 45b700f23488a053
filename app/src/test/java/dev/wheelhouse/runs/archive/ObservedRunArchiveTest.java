package dev.wheelhouse.runs.archive;

import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.JobStats;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.sccache.RunCacheSummary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ObservedRunArchiveTest {

    /** Writes and reads, in the order they happen. */
    private final List<String> happened = new ArrayList<>();

    private final RunArchive history = new RunArchive() {
        @Override
        public void recordJobs(RepositoryRef repo, RunSnapshot snapshot) {
            happened.add("jobs written");
        }

        @Override
        public void recordStats(RepositoryRef repo, RunInfo run, JobSnapshot job, JobStats stats) {
            happened.add("figures written");
        }

        @Override
        public Optional<JobStats> stats(RepositoryRef repo, JobSnapshot job) {
            happened.add("figures read");
            return Optional.empty();
        }

        @Override
        public Optional<RunCacheSummary> previousRun(RepositoryRef repo, RunInfo run) {
            happened.add("previous run read");
            return Optional.empty();
        }
    };

    @Test
    void eachWriteIsAnnouncedOnceItIsDoneAndReadsAreNot() {
        RunArchive observed = new ObservedRunArchive(history, () -> happened.add("announced"));
        RepositoryRef repo = RepositoryRef.parse("wheelhouse-demo/satkit");

        observed.recordJobs(repo, null);
        observed.recordStats(repo, null, null, null);
        observed.stats(repo, null);
        observed.previousRun(repo, null);

        assertEquals(List.of("jobs written", "announced", "figures written", "announced", "figures read",
                "previous run read"), happened);
    }
}
