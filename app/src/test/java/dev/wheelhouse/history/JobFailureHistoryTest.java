package dev.wheelhouse.history;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failed jobs' classes in the history (schema version 2), and how often each cell failed. */
class JobFailureHistoryTest {

    private static final String REPO = "wheelhouse-demo/satkit";
    private static final String RELEASE = ".github/workflows/release.yml";
    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
    private static final String WIN = "build wheels (windows-latest cp312)";
    private static final String MAC = "build wheels (macos-latest cp310)";

    @TempDir
    Path dir;
    private HistoryStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static RunRecord run(long id, int attempt, Instant created, String conclusion) {
        return new RunRecord(REPO, RELEASE, id, attempt, "main", "sha" + id, "workflow_dispatch", "completed",
                conclusion, created, created, created.plusSeconds(700), null);
    }

    private static JobRecord job(long runId, int attempt, long jobId, String name, String conclusion) {
        return new JobRecord(runId, attempt, jobId, name, null, "completed", conclusion, T0, T0.plusSeconds(600), "Windows");
    }

    private static JobFailureRecord failure(long jobId, String cls) {
        return new JobFailureRecord(jobId, cls, "Build wheels", 812L, "FAILED tests/test_orbit.py::test_period", null,
                "A test failed.", T0);
    }

    @Test
    void aVersionOneFileGainsTheTableAndKeepsItsRows() {
        Path file = dir.resolve("history.db");
        store = HistoryStore.open(file, new Migrations(List.of(Migrations.V1)));
        store.saveRun(run(1, 1, T0, "failure"), List.of(job(1, 1, 11, WIN, "failure")), List.of());
        store.close();

        store = HistoryStore.open(file);

        assertEquals(2, store.schemaVersion());
        assertEquals("ok", store.integrityCheck());
        assertEquals(1, store.jobs(1, 1).size());
        assertEquals(List.of(), store.jobFailures(1, 1));
        store.saveJobFailure(failure(11, "compile-error"));
        assertEquals("compile-error", store.jobFailures(1, 1).get(0).failureClass());
    }

    @Test
    void aFailureComesBackAsSavedAndASecondReadingReplacesIt() {
        store = HistoryStore.open(dir.resolve("history.db"));
        store.saveRun(run(1, 1, T0, "failure"), List.of(job(1, 1, 11, WIN, "failure"), job(1, 1, 12, MAC, "success")),
                List.of());
        JobFailureRecord first = new JobFailureRecord(11, "unknown", null, null, null, null, "No known failure.", T0);
        JobFailureRecord second = new JobFailureRecord(11, "compile-error", "Build wheels", 312L,
                "error[E0308]: mismatched types", "src/orbit.rs:41", "Fix the type.", T0.plusSeconds(5));

        store.saveJobFailure(first);
        store.saveJobFailure(second);

        assertEquals(List.of(second), store.jobFailures(1, 1));
    }

    @Test
    void eachCellSaysHowOftenItFailedAndWithWhatOverTheLastRuns() {
        store = HistoryStore.open(dir.resolve("history.db"));
        long jobId = 100;
        // Twelve runs, oldest first; the window is the last ten (runs 3..12).
        for (int r = 1; r <= 12; r++) {
            boolean flaky = r == 4 || r == 7 || r == 11;
            boolean early = r <= 2;
            List<JobRecord> jobs = new ArrayList<>();
            long win = jobId++;
            long mac = jobId++;
            jobs.add(job(r, 1, win, WIN, flaky || early ? "failure" : "success"));
            jobs.add(job(r, 1, mac, MAC, r == 12 ? "failure" : "success"));
            store.saveRun(run(r, 1, T0.plusSeconds(3600L * r), "failure"), jobs, List.of());
            if (flaky || early) {
                store.saveJobFailure(failure(win, early ? "compile-error" : "test-failure"));
            }
        }

        List<CellFailures> cells = store.cellFailures(REPO, RELEASE, 10);

        assertEquals(2, cells.size());
        CellFailures win = cells.get(0);
        assertEquals(WIN, win.jobName());
        assertEquals(10, win.runs());
        assertEquals(3, win.failed());
        assertEquals(Map.of("test-failure", 3), win.byClass());
        assertEquals("test-failure in 3 of the last 10 runs", win.describe());
        CellFailures mac = cells.get(1);
        assertEquals(1, mac.failed());
        assertEquals(Map.of("unknown", 1), mac.byClass(), "a failure never read is unknown, not lost");
    }

    @Test
    void onlyEachRunsLatestAttemptCounts() {
        store = HistoryStore.open(dir.resolve("history.db"));
        store.saveRun(run(1, 1, T0, "failure"), List.of(job(1, 1, 11, WIN, "failure")), List.of());
        store.saveJobFailure(failure(11, "test-failure"));
        store.saveRun(run(1, 2, T0.plusSeconds(60), "success"), List.of(job(1, 2, 21, WIN, "success")), List.of());

        List<CellFailures> cells = store.cellFailures(REPO, RELEASE, 10);

        assertEquals(1, cells.get(0).runs());
        assertEquals(0, cells.get(0).failed());
        assertTrue(cells.get(0).describe().startsWith("no failure"));
    }
}
