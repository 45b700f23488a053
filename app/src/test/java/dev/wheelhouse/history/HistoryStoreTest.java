package dev.wheelhouse.history;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryStoreTest {

    private static final String REPO = "satkit/satkit";
    private static final String RELEASE = ".github/workflows/release.yml";
    private static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");

    @TempDir
    Path dir;
    private HistoryStore store;

    @BeforeEach
    void open() {
        store = HistoryStore.open(dir.resolve("nested/folder/history.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static RunRecord run(long id, int attempt, Instant created) {
        return new RunRecord(REPO, RELEASE, id, attempt, "main", "abc" + id, "workflow_dispatch", "completed",
                "success", created, created.plusSeconds(5), created.plusSeconds(900),
                "https://github.com/" + REPO + "/actions/runs/" + id);
    }

    private static JobRecord job(long runId, long jobId, String os, Instant start, Duration took) {
        return new JobRecord(runId, 1, jobId, "build (" + os + ")", "{\"os\":\"" + os + "\"}", "completed",
                "success", start, start == null ? null : start.plus(took), os);
    }

    private static JobCacheStatsRecord stats(long jobId, Long hits, Long misses) {
        Map<String, LanguageCounts> languages = new LinkedHashMap<>();
        languages.put("Rust", new LanguageCounts(hits, misses, 0L));
        languages.put("C/C++", new LanguageCounts(0L, null, null));
        return new JobCacheStatsRecord(jobId, 100L, hits, misses, 0L, "github-actions", "0.10.0",
                List.of("cache-errors", "no-compilations"), languages, T0);
    }

    @Test
    void aNewFileIsCreatedInWalModeAtTheLatestSchemaAndSound() throws Exception {
        assertTrue(Files.exists(store.file()));
        assertEquals(1, store.schemaVersion());
        assertEquals("ok", store.integrityCheck());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void runsJobsAndCacheFiguresComeBackAsSavedNullsIncluded() {
        RunRecord run = new RunRecord(REPO, RELEASE, 7, 1, null, null, null, "queued", null, T0, null, null, null);
        JobRecord job = new JobRecord(7, 1, 70, "sdist", null, "queued", null, null, null, null);
        store.saveRun(run, List.of(job), List.of(stats(70, 12L, null)));
        assertEquals(Optional.of(run), store.run(7, 1));
        assertEquals(List.of(job), store.jobs(7, 1));
        JobCacheStatsRecord back = store.cacheStats(70).orElseThrow();
        assertEquals(stats(70, 12L, null), back);
        assertEquals(List.of("Rust", "C/C++"), List.copyOf(back.languages().keySet()), "print order kept");
    }

    @Test
    void savingAgainUpdatesInPlace() {
        store.saveRun(run(1, 1, T0));
        store.saveJobs(List.of(job(1, 10, "Linux", null, null)));
        store.saveCacheStats(stats(10, 1L, 9L));
        RunRecord finished = new RunRecord(REPO, RELEASE, 1, 1, "main", "abc1", "push", "completed", "failure", T0,
                T0, T0.plusSeconds(60), null);
        store.saveRun(finished);
        store.saveJobs(List.of(job(1, 10, "Linux", T0, Duration.ofMinutes(3))));
        store.saveCacheStats(new JobCacheStatsRecord(10, 5L, 4L, 1L, 0L, null, null, List.of(), Map.of(), T0));
        assertEquals(Optional.of(finished), store.run(1, 1));
        assertEquals(Optional.of(Duration.ofMinutes(3)), store.jobs(1, 1).get(0).duration());
        JobCacheStatsRecord stats = store.cacheStats(10).orElseThrow();
        assertEquals(4L, stats.hits());
        assertTrue(stats.languages().isEmpty(), "old language rows replaced");
        assertEquals(1, store.runs(REPO, RELEASE, 10).size());
    }

    @Test
    void aFailedWriteSavesNothingOfItAndSaysWhatToDo() {
        RunRecord run = run(5, 1, T0);
        List<JobRecord> jobs = List.of(job(5, 50, "Linux", T0, Duration.ofMinutes(1)));
        // Figures for a job that does not exist break the foreign key: the whole write is undone.
        HistoryException e = assertThrows(HistoryException.class,
                () -> store.saveRun(run, jobs, List.of(stats(50, 1L, 1L), stats(999, 1L, 1L))));
        assertTrue(e.getMessage().contains("Nothing of this change was saved"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(Optional.empty(), store.run(5, 1));
        assertEquals(List.of(), store.jobs(5, 1));
        assertEquals(Optional.empty(), store.cacheStats(50));
    }

    @Test
    void aTrendHasOnePointPerRunOldestFirstWithHitRateAndJobDurations() {
        store.saveRun(run(2, 1, T0.plusSeconds(3600)), List.of(
                        job(2, 20, "Linux", T0, Duration.ofMinutes(2)),
                        job(2, 21, "macOS", T0, Duration.ofMinutes(4))),
                List.of(stats(20, 90L, 10L), stats(21, 50L, 50L)));
        store.saveRun(run(1, 1, T0), List.of(
                        job(1, 10, "Linux", T0, Duration.ofMinutes(10)),
                        job(1, 11, "macOS", T0, Duration.ofMinutes(20)),
                        job(1, 12, "macOS", null, null)),
                List.of(stats(10, 0L, 100L), stats(11, 0L, 100L)));
        store.saveRun(new RunRecord("other/repo", RELEASE, 3, 1, null, null, null, null, null, T0, null, null, null));

        List<TrendPoint> all = store.trend(REPO, RELEASE, false);
        assertEquals(List.of(1L, 2L), all.stream().map(TrendPoint::runId).toList());
        TrendPoint cold = all.get(0);
        assertEquals(3, cold.jobs());
        assertEquals(2, cold.jobsWithStats());
        assertEquals(0.0, cold.hitRatePercent().orElseThrow());
        assertEquals(Optional.of(Duration.ofMinutes(15)), cold.meanJobDuration(), "unfinished job left out");
        assertEquals(Optional.of(Duration.ofMinutes(20)), cold.longestJobDuration());
        assertEquals(140.0 / 200 * 100, all.get(1).hitRatePercent().orElseThrow(), 1e-9);

        List<TrendPoint> byOs = store.trend(REPO, RELEASE, true);
        assertEquals(List.of("1 Linux", "1 macOS", "2 Linux", "2 macOS"),
                byOs.stream().map(p -> p.runId() + " " + p.runnerOs()).toList());
        assertEquals(90.0, byOs.get(2).hitRatePercent().orElseThrow(), 1e-9);
        assertEquals(50.0, byOs.get(3).hitRatePercent().orElseThrow(), 1e-9);
    }

    @Test
    void aRunWhereNothingWasLookedUpHasNoRateRatherThanZero() {
        store.saveRun(run(1, 1, T0), List.of(job(1, 10, "Linux", T0, Duration.ofMinutes(1))),
                List.of(stats(10, 0L, 0L)));
        assertTrue(store.trend(REPO, RELEASE, false).get(0).hitRatePercent().isEmpty());
    }

    @Test
    void theLastRunBeforeAnotherIsTheLatestAttemptOfTheRunCreatedJustBefore() {
        store.saveRun(run(100, 1, T0));
        store.saveRun(run(200, 1, T0.plusSeconds(60)));
        store.saveRun(run(200, 2, T0.plusSeconds(60)));
        store.saveRun(run(300, 1, T0.plusSeconds(120)));
        store.saveRun(new RunRecord(REPO, ".github/workflows/ci.yml", 250, 1, null, null, null, null, null,
                T0.plusSeconds(90), null, null, null));

        RunRecord before = store.lastRunBefore(REPO, RELEASE, 300).orElseThrow();
        assertEquals(200, before.runId());
        assertEquals(2, before.attempt());
        assertEquals(100, store.lastRunBefore(REPO, RELEASE, 200).orElseThrow().runId());
        assertEquals(Optional.empty(), store.lastRunBefore(REPO, RELEASE, 100));
        assertEquals(300, store.lastRunBefore(REPO, RELEASE, 999).orElseThrow().runId(), "a run not stored yet");
    }

    @Test
    void theWorkflowsOfARepositoryAreListedOnceEachTheOneRunLastFirst() {
        store.saveRun(run(100, 1, T0));
        store.saveRun(new RunRecord(REPO, ".github/workflows/ci.yml", 150, 1, null, null, null, null, null,
                T0.plusSeconds(30), null, null, null));
        store.saveRun(run(200, 1, T0.plusSeconds(60)));
        store.saveRun(new RunRecord("other/repo", ".github/workflows/docs.yml", 300, 1, null, null, null, null,
                null, T0.plusSeconds(90), null, null, null));

        assertEquals(List.of(RELEASE, ".github/workflows/ci.yml"), store.workflows(REPO));
        assertEquals(List.of(), store.workflows("nobody/nothing"));
    }

    @Test
    void dispatchesAreKeptNewestFirstAndLinkedToTheirRun() {
        long first = store.saveDispatch(new DispatchRecord(REPO, RELEASE, "main", "{\"publish\":\"false\"}", null, T0));
        store.saveDispatch(new DispatchRecord(REPO, RELEASE, "release/1.0", "{}", null, T0.plusSeconds(10)));
        store.linkDispatch(first, 4242);
        List<DispatchRecord> dispatches = store.dispatches(REPO, RELEASE);
        assertEquals(List.of("release/1.0", "main"), dispatches.stream().map(DispatchRecord::ref).toList());
        assertEquals(4242L, dispatches.get(1).runId());
        assertEquals("{\"publish\":\"false\"}", dispatches.get(1).inputsJson());
    }

    @Test
    void aDispatchIsFoundByItsRunInTheRepositoryItWasMadeIn() {
        long linked = store.saveDispatch(new DispatchRecord(REPO, RELEASE, "main", "{}", null, T0));
        store.saveDispatch(new DispatchRecord(REPO, "ci.yml", "topic", "{\"level\":\"high\"}", 77L, T0.plusSeconds(5)));
        store.saveDispatch(new DispatchRecord("other/repo", RELEASE, "main", "{}", 4242L, T0.plusSeconds(9)));
        store.linkDispatch(linked, 4242);

        assertEquals("main", store.dispatchOfRun(REPO, 4242).orElseThrow().ref());
        assertEquals(REPO, store.dispatchOfRun(REPO, 4242).orElseThrow().repo());
        assertEquals("{\"level\":\"high\"}", store.dispatchOfRun(REPO, 77).orElseThrow().inputsJson());
        assertEquals(Optional.empty(), store.dispatchOfRun(REPO, 78));
    }

    @Test
    void anOlderFileIsMigratedKeepingItsRows() {
        store.saveRun(run(1, 1, T0));
        store.close();
        List<String> v2 = List.of("ALTER TABLE runs ADD COLUMN display_title TEXT");
        List<List<String>> steps = new ArrayList<>(Migrations.STEPS);
        steps.add(v2);
        store = HistoryStore.open(dir.resolve("nested/folder/history.db"), new Migrations(steps));
        assertEquals(2, store.schemaVersion());
        assertTrue(store.run(1, 1).isPresent());
        assertEquals("ok", store.integrityCheck());
    }

    @Test
    void aFileFromANewerWheelhouseIsRefusedWithAPlainMessage() {
        store.close();
        List<List<String>> steps = new ArrayList<>(Migrations.STEPS);
        steps.add(List.of("CREATE TABLE later (x)"));
        HistoryStore.open(dir.resolve("nested/folder/history.db"), new Migrations(steps)).close();
        HistoryException e = assertThrows(HistoryException.class,
                () -> HistoryStore.open(dir.resolve("nested/folder/history.db")));
        assertTrue(e.getMessage().contains("written by a newer Wheelhouse"), e.getMessage());
        store = HistoryStore.open(dir.resolve("fresh.db"));
    }

    @Test
    void aFileThatIsNoDatabaseGetsAMessageSayingToMoveItAside() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "this is not a database, just text long enough to fill a header page ".repeat(20));
        HistoryException e = assertThrows(HistoryException.class, () -> HistoryStore.open(junk));
        assertTrue(e.getMessage().startsWith("Cannot open the history database " + junk), e.getMessage());
        assertTrue(e.getMessage().contains("move it aside"), e.getMessage());
    }

    @Test
    void aRunIdThatNowNamesAnotherRunKeepsNothingOfTheEarlierOne() {
        // Issue 11 item 5: a sandbox session reused the ids of the one before, and its killed run
        // showed the earlier run's cache rows.
        store.saveRun(run(7, 1, T0), List.of(job(7, 70, "Linux", T0, Duration.ofMinutes(1)),
                job(7, 71, "macOS", T0, Duration.ofMinutes(1))), List.of(stats(70, 9L, 1L), stats(71, 5L, 5L)));
        Instant later = T0.plus(Duration.ofDays(1));
        store.saveRun(run(7, 1, later), List.of(job(7, 70, "Linux", later, Duration.ofMinutes(1))), List.of());

        assertEquals(later, store.run(7, 1).orElseThrow().createdAt());
        assertEquals(List.of(70L), store.jobs(7, 1).stream().map(JobRecord::jobId).toList());
        assertEquals(Optional.empty(), store.cacheStats(70));
        assertEquals(Optional.empty(), store.cacheStats(71));
    }

    @Test
    void aJobIdThatMovesToAnotherRunLeavesItsFiguresBehind() {
        store.saveRun(run(8, 1, T0), List.of(job(8, 80, "Linux", T0, Duration.ofMinutes(1))), List.of(stats(80, 9L, 1L)));
        store.saveRun(run(9, 1, T0.plusSeconds(60)), List.of(job(9, 80, "Linux", T0, Duration.ofMinutes(1))), List.of());

        assertEquals(Optional.empty(), store.cacheStats(80));
        assertEquals(List.of(), store.jobs(8, 1));
    }
}
