package dev.wheelhouse.runs.failures;

import dev.wheelhouse.failures.JobFailures;
import dev.wheelhouse.history.CellFailures;
import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.history.JobFailureRecord;
import dev.wheelhouse.runs.archive.HistoryRunArchive;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.sandbox.sim.CacheFault;
import dev.wheelhouse.sandbox.sim.FailureRule;
import dev.wheelhouse.testing.SandboxRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A watched run's failed jobs, read as they complete and archived: the history names each one's class, per cell. */
class FailureHistorySandboxTest {

    @Test
    void failedJobsOfAWatchedRunAreKeptWithTheirClassAndCountPerCell(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("history.db"));
             SandboxRuns runs = new SandboxRuns(dir.resolve("logs"), b -> b.failures(List.of(
                     FailureRule.of("build wheels (windows-latest cp312)", CacheFault.COMPILE_ERROR),
                     FailureRule.of("build wheels (macos-latest cp310)", CacheFault.TEST_FAILURE))),
                     new HistoryRunArchive(store, Clock.systemUTC()))) {
            long runId = runs.dispatchRelease();
            RunSnapshot end = runs.watchToTheEnd(runs.watch(runId));

            // The watcher read each failed job's reason as it completed: the snapshot has them...
            Map<String, String> shown = new java.util.TreeMap<>();
            end.failures().values().forEach(f -> shown.put(f.jobName(), f.report().failureClass().code()));
            assertEquals(Map.of("build wheels (macos-latest cp310)", "test-failure",
                    "build wheels (windows-latest cp312)", "compile-error"), shown);
            JobFailures compile = end.failures().values().stream()
                    .filter(f -> f.report().failureClass().code().equals("compile-error")).findFirst().orElseThrow();
            assertEquals("src/orbit.rs", compile.annotations().get(0).path(), "the annotations come along");
            assertEquals(2, end.failureGroups().size());
            // ...and the history keeps them, with no one asking.
            List<JobFailureRecord> kept = store.jobFailures(runId, end.run().attempt());
            assertEquals(2, kept.size(), kept::toString);
            assertEquals(List.of("compile-error", "test-failure"),
                    kept.stream().map(JobFailureRecord::failureClass).sorted().toList());
            List<CellFailures> cells = store.cellFailures(runs.repo.fullName(), end.run().workflowPath(), 10);
            Map<String, CellFailures> byName = new java.util.HashMap<>();
            cells.forEach(c -> byName.put(c.jobName(), c));
            assertEquals("compile-error in 1 of the last 1 run",
                    byName.get("build wheels (windows-latest cp312)").describe());
            assertEquals("test-failure in 1 of the last 1 run", byName.get("build wheels (macos-latest cp310)").describe());
            assertEquals(0, byName.get("build wheels (ubuntu-latest cp312)").failed());
        }
    }
}
