package dev.wheelhouse.ui.cache;

import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.runs.caches.ActionsCaches;
import dev.wheelhouse.runs.caches.CacheStorage;
import dev.wheelhouse.testing.SandboxSession;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import dev.wheelhouse.ui.task.ManualTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Storage section's model against the sandbox's Actions cache over real HTTP. */
class StorageViewModelTest {

    private SandboxSession session;
    private GitHubClient client;

    @BeforeEach
    void start() {
        session = SandboxSession.start();
        client = session.client();
    }

    @AfterEach
    void stop() {
        session.close();
    }

    private void release() {
        client.dispatch(session.repo(), "release.yml", "main", Map.of(), true);
        session.clock().advance(Duration.ofMinutes(30));
    }

    private StorageViewModel connected() {
        return connected(client);
    }

    private StorageViewModel connected(GitHubClient as) {
        StorageViewModel model = new StorageViewModel(new DirectTaskExecutor());
        model.connect(new ActionsCaches(as), session.repo(), session.clock());
        return model;
    }

    /** A client with a fine-grained token that has only these repository permissions. */
    private GitHubClient allowedOnly(Map<String, String> permissions) {
        return session.client(session.sandbox().issueFineGrainedToken("wheelhouse-dev", permissions));
    }

    @Test
    void withoutAConnectionItSaysWhereToConnect() {
        StorageViewModel model = new StorageViewModel(new DirectTaskExecutor());

        assertEquals(StorageViewModel.NOT_CONNECTED, model.emptyMessageProperty().get());
        assertTrue(model.rows().isEmpty());
    }

    @Test
    void anEmptyCacheSaysThatRunningTheWorkflowFillsIt() {
        StorageViewModel model = connected();

        assertEquals("The Actions cache of wheelhouse-demo/satkit is empty. Run the workflow: sccache stores its "
                + "entries as the jobs compile.", model.emptyMessageProperty().get());
        assertEquals(0.0, model.usedFractionProperty().get());
        assertEquals("No sccache entries", model.sccacheFiguresProperty().get());
    }

    @Test
    void afterAReleaseRunTheSccacheEntriesAreListedMostRecentlyUsedFirstWithTheirTotals() {
        release();
        StorageViewModel model = connected();

        CacheStorage storage = model.storageProperty().get();
        assertEquals(20, model.rows().size());
        assertTrue(model.rows().stream().allMatch(r -> r.sccache() && r.key().startsWith("sccache-")));
        assertEquals("main", model.rows().get(0).branch());
        for (int i = 1; i < model.rows().size(); i++) {
            assertFalse(model.rows().get(i).lastAccessedAt().isAfter(model.rows().get(i - 1).lastAccessedAt()));
        }
        assertEquals(storage.usedFraction(), model.usedFractionProperty().get(), 1e-12);
        assertTrue(model.usageProperty().get().matches("[\\d.]+ GB of 10 GB used \\(\\d+ %\\) · 20 entries"),
                model.usageProperty().get());
        assertTrue(model.sccacheFiguresProperty().get().matches(
                "20 sccache entries · [\\d.]+ GB · oldest used \\d+ min ago"), model.sccacheFiguresProperty().get());
        assertEquals("", model.warningProperty().get(), "one run fills two thirds of the cache");
        assertEquals("", model.emptyMessageProperty().get());
    }

    @Test
    void theWarningComesWhenUsageReachesFourFifthsOfTheLimit() {
        StorageViewModel model = connected();
        boolean warned = false;
        for (int run = 1; run <= 12 && !warned; run++) {
            release();
            model.refresh();
            CacheStorage storage = model.storageProperty().get();
            warned = !model.warningProperty().get().isEmpty();
            assertEquals(storage.usedFraction() >= 0.8, warned, "after run " + run + ": " + model.usageProperty().get());
        }
        assertTrue(warned, "warm runs keep adding their misses until the cache nears its limit");
        assertTrue(model.warningProperty().get().contains("eviction makes the next run cold"));
    }

    @Test
    void chosenEntriesAreDeletedAfterTheQuestionAndTheListIsReadAgain() {
        release();
        StorageViewModel model = connected();
        List<CacheEntryRow> chosen = List.of(model.rows().get(2), model.rows().get(5));
        long bytes = chosen.get(0).sizeInBytes() + chosen.get(1).sizeInBytes();

        String question = model.deletionQuestion(chosen);
        model.delete(chosen);

        assertEquals("Delete 2 cache entries (" + ByteSize.text(bytes) + ")? The next run of the jobs that read them "
                + "compiles from scratch (cold). This cannot be undone.", question);
        assertEquals("Deleted 2 entries (" + ByteSize.text(bytes) + ").", model.statusProperty().get());
        assertFalse(model.deletionFailedProperty().get());
        Set<Long> left = model.rows().stream().map(CacheEntryRow::id).collect(Collectors.toSet());
        assertEquals(18, left.size());
        assertFalse(left.contains(chosen.get(0).id()) || left.contains(chosen.get(1).id()));
        assertEquals(18, new ActionsCaches(client).storage(session.repo()).entryCount(), "gone on the server too");
    }

    @Test
    void anEntryAlreadyGoneCountsAsDeletedAndIsSaidSo() {
        release();
        StorageViewModel model = connected();
        CacheEntryRow row = model.rows().get(0);
        new ActionsCaches(client).deleteById(session.repo(), row.id());

        model.delete(List.of(row, model.rows().get(1)));

        assertTrue(model.statusProperty().get().startsWith("Deleted 1 entry ("), model.statusProperty().get());
        assertTrue(model.statusProperty().get().endsWith("; 1 had already gone (evicted or deleted elsewhere)."));
        assertEquals(18, model.rows().size());
    }

    @Test
    void aTokenThatMayNotDeleteKeepsTheEntriesAndSaysWhatItLacks() {
        release();
        StorageViewModel model = connected(allowedOnly(Map.of("actions", "read")));

        model.delete(List.of(model.rows().get(0), model.rows().get(1)));

        assertTrue(model.deletionFailedProperty().get());
        String status = model.statusProperty().get();
        assertTrue(status.startsWith("Deleted 0 entries (0 B); the other 2 are still there: GitHub refused access"),
                status);
        assertTrue(status.contains("Actions"), status);
        assertFalse(status.contains("\n"));
        assertEquals(20, model.rows().size());
    }

    @Test
    void theCacheIsReadInTheBackgroundAndAnAnswerForAnotherConnectionIsDropped() {
        release();
        ManualTaskExecutor executor = new ManualTaskExecutor();
        StorageViewModel model = new StorageViewModel(executor);

        model.connect(new ActionsCaches(client), session.repo(), session.clock());
        assertEquals(1, executor.queued());
        assertTrue(model.rows().isEmpty());
        assertTrue(model.busyProperty().get());
        model.disconnect();
        executor.runAll();

        assertTrue(model.rows().isEmpty());
        assertEquals(StorageViewModel.NOT_CONNECTED, model.emptyMessageProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aFailedReadSaysWhatHappenedAndTheNextGoodOneClearsIt() {
        release();
        GitHubClient stranger = allowedOnly(Map.of("contents", "read"));
        StorageViewModel model = new StorageViewModel(new DirectTaskExecutor());

        model.connect(new ActionsCaches(stranger), session.repo(), session.clock());
        String error = model.errorProperty().get();
        model.connect(new ActionsCaches(client), session.repo(), session.clock());

        assertTrue(error.startsWith("GitHub refused access to Actions cache usage of wheelhouse-demo/satkit (403)"),
                error);
        assertEquals("", model.errorProperty().get());
        assertEquals(20, model.rows().size());
    }
}
