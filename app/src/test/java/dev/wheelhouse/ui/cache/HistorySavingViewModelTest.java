package dev.wheelhouse.ui.cache;

import dev.wheelhouse.history.HistoryException;
import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.history.RunRecord;
import dev.wheelhouse.testing.ChildJvm;
import dev.wheelhouse.testing.SqliteLockHolder;
import dev.wheelhouse.testing.VirtualTime;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 5, the window's half, without a window: while another program holds the
 * history's write lock, the Cache screen's banner says the history is not being saved and how
 * many changes wait; it tries again by itself every 30 s and on "Try again", and the banner goes
 * once the writes are saved. The lock is held by a real second process, as in the issue.
 */
class HistorySavingViewModelTest {

    private static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");

    @TempDir
    Path dir;
    private HistoryStore store;
    private HistorySavingViewModel model;
    private Process holder;
    private final VirtualTime time = new VirtualTime(T0);

    @BeforeEach
    void open() {
        store = HistoryStore.open(dir.resolve("history.db"));
        model = new HistorySavingViewModel(new DirectTaskExecutor(), time, () -> store);
        model.start();
    }

    @AfterEach
    void close() throws Exception {
        model.close();
        if (holder != null) {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        store.close();
    }

    @Test
    void aLockHeldByAnotherProgramIsShownRetriedEvery30SecondsAndTheBannerGoesOnceSaved() throws Exception {
        store.saveRun(run(1));
        assertFalse(model.failingProperty().get());
        assertEquals("", model.messageProperty().get());

        holdTheLock();
        assertThrows(HistoryException.class, () -> store.saveRun(run(2)));

        assertTrue(model.failingProperty().get());
        String shown = model.messageProperty().get();
        assertTrue(shown.startsWith("The history is not being saved."), shown);
        assertTrue(shown.contains("locked"), shown);
        assertTrue(shown.contains("1 change waits to be saved."), shown);
        assertTrue(shown.contains("trying again every 30 s."), shown);

        // A try while the lock is still held: still failing, and another try is scheduled.
        time.advance(HistorySavingViewModel.RETRY);
        assertTrue(model.failingProperty().get());
        assertFalse(model.retryingProperty().get());

        releaseTheLock();
        time.advance(HistorySavingViewModel.RETRY);

        assertFalse(model.failingProperty().get());
        assertEquals("", model.messageProperty().get());
        assertEquals(List.of(1L, 2L), runIds());
        // Saving again: no more tries are scheduled.
        assertFalse(time.runUntil(() -> false, HistorySavingViewModel.RETRY.multipliedBy(3)));
        assertFalse(model.failingProperty().get());
    }

    @Test
    void tryAgainSavesAtOnceWhenTheLockHasGone() throws Exception {
        holdTheLock();
        assertThrows(HistoryException.class, () -> store.saveRun(run(3)));
        model.tryAgain();
        assertTrue(model.failingProperty().get(), "the lock is still held");

        releaseTheLock();
        model.tryAgain();

        assertFalse(model.failingProperty().get());
        assertEquals(List.of(3L), runIds());
    }

    @Test
    void theMessageCountsWaitingAndGivenUpChanges() {
        String text = HistorySavingViewModel.text(new dev.wheelhouse.history.HistoryHealth(
                java.util.Optional.of("The history database is read-only."), java.util.Optional.of(T0), 2000, 5));
        assertEquals("The history is not being saved. The history database is read-only. 2000 changes wait to be saved "
                + "(5 older ones were given up). The trends may be missing the latest runs; trying again every 30 s.", text);
    }

    private void holdTheLock() throws Exception {
        holder = ChildJvm.start(SqliteLockHolder.class, List.of("-Xmx64m"), List.of(dir.resolve("history.db").toString()));
        String first = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertEquals("locked", first);
    }

    private void releaseTheLock() throws Exception {
        holder.getOutputStream().close();
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the lock holder did not end");
        holder = null;
    }

    private List<Long> runIds() {
        return store.runs("o/r", ".github/workflows/release.yml", 10).stream().map(RunRecord::runId).sorted().toList();
    }

    private static RunRecord run(long id) {
        return new RunRecord("o/r", ".github/workflows/release.yml", id, 1, "main", "abc", "push", "completed",
                "success", T0.plusSeconds(id), null, null, null);
    }
}
