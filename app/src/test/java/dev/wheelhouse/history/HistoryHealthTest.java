package dev.wheelhouse.history;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 5, the part under the window: a write that fails because of the file (held by
 * another program, read-only, damaged) is not only logged; the store says so in a health state
 * a screen observes, keeps the write and saves it once it can.
 */
class HistoryHealthTest {

    private static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");

    @TempDir
    Path dir;
    private HistoryStore store;
    private Connection other;

    @BeforeEach
    void open() {
        store = HistoryStore.open(dir.resolve("history.db"));
    }

    @AfterEach
    void close() throws SQLException {
        store.close();
        if (other != null) {
            other.close();
        }
    }

    private static RunRecord run(long id) {
        return new RunRecord("o/r", ".github/workflows/release.yml", id, 1, "main", "abc", "push", "completed",
                "success", T0.plusSeconds(id), null, null, null);
    }

    @Test
    void aWriteBlockedByAnotherProgramsLockIsReportedKeptAndSavedOnceTheLockGoes() throws Exception {
        List<HistoryHealth> seen = new CopyOnWriteArrayList<>();
        store.subscribeHealth(seen::add);
        store.saveRun(run(1));
        // A second connection is another program to SQLite's locking: it holds the write lock.
        other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("history.db"));
        try (Statement s = other.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            s.execute("BEGIN EXCLUSIVE");
        }

        HistoryException refused = assertThrows(HistoryException.class, () -> store.saveRun(run(2)));

        HistoryHealth failing = store.health();
        assertFalse(failing.saving());
        assertTrue(failing.problem().orElseThrow().contains("locked"), failing.problem().orElseThrow());
        assertEquals(1, failing.pendingWrites());
        assertTrue(failing.since().isPresent());
        assertTrue(refused.getMessage().contains("tried again"), refused.getMessage());
        assertEquals(failing, seen.get(seen.size() - 1), "listeners heard of it");

        other.createStatement().execute("ROLLBACK");
        HistoryHealth after = store.retryPendingWrites();

        assertTrue(after.saving(), after.toString());
        assertEquals(List.of(1L, 2L), store.runs("o/r", ".github/workflows/release.yml", 10).stream()
                .map(RunRecord::runId).sorted().toList());
        assertEquals(HistoryHealth.SAVING, seen.get(seen.size() - 1));
    }

    @Test
    void aWriteThatIsWrongInItselfDoesNotMarkTheHistoryAsFailingNorBlockLaterWrites() {
        assertThrows(HistoryException.class, () -> store.saveCacheStats(new JobCacheStatsRecord(999, 1L, 1L, 1L, 0L,
                null, null, List.of(), java.util.Map.of(), T0)));
        assertTrue(store.health().saving());
        store.saveRun(run(3));
        assertTrue(store.run(3, 1).isPresent());
    }

    @Test
    void eachKindOfFileFailureGetsItsOwnPlainMessage() {
        Path file = dir.resolve("history.db");
        assertTrue(HistoryFailures.plainMessage(file, new SQLException("x", null, 8)).contains("read-only"));
        assertTrue(HistoryFailures.plainMessage(file, new SQLException("x", null, 5)).contains("locked"));
        assertTrue(HistoryFailures.plainMessage(file, new SQLException("x", null, 11)).contains("damaged"));
        assertTrue(HistoryFailures.plainMessage(file, new SQLException("x", null, 26)).contains("damaged"));
        assertTrue(HistoryFailures.plainMessage(file, new SQLException("x", null, 13)).contains("full"));
        assertTrue(HistoryFailures.environmental(new SQLException("[SQLITE_READONLY] attempt to write a readonly database")));
        assertFalse(HistoryFailures.environmental(new SQLException("[SQLITE_CONSTRAINT_FOREIGNKEY] failed", null, 787)));
    }
}
