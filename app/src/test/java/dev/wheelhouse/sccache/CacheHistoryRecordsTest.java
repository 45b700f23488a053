package dev.wheelhouse.sccache;

import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.history.JobCacheStatsRecord;
import dev.wheelhouse.history.JobRecord;
import dev.wheelhouse.history.RunRecord;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheHistoryRecordsTest {

    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");

    private static JobCacheSummary summaryOf(String sample) throws IOException {
        SccacheLogScan scan = new SccacheLogScanner().scan(Samples.sccache().resolve(sample));
        return JobCacheSummary.of("build", scan, new SccacheDiagnostician().diagnose(scan, new JobContext(true, false)));
    }

    @Test
    void aJobsFiguresSurviveTheHistoryAfterTheLogIsGone(@TempDir Path dir) throws IOException {
        JobCacheSummary job = summaryOf("26-fedimint-4360-0.7.4-rust-local-disk.txt");
        try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
            store.saveRun(new RunRecord("o/r", "w.yml", 1, 1, null, null, null, null, null, NOW, null, null, null),
                    List.of(new JobRecord(1, 1, 11, "build", null, null, null, null, null, "Linux")),
                    List.of(CacheHistoryRecords.toRecord(11, job, NOW)));
            JobCacheStatsRecord stored = store.cacheStats(11).orElseThrow();
            assertEquals(2093L, stored.compileRequests());
            assertEquals("local-disk", stored.cacheLocationKind());
            assertEquals("0.7.4", stored.sccacheVersion());
            assertEquals(List.of("local-disk-cache"), stored.diagnoses());

            JobCacheSummary back = CacheHistoryRecords.fromRecord("build", stored);
            assertEquals(job.totals(), back.totals());
            assertEquals(job.languages(), back.languages());
            assertEquals(job.hitRate(), back.hitRate());
            assertEquals(CacheLocation.Kind.LOCAL_DISK, back.cacheLocation().kind());
            assertEquals(List.of(DiagnosisCode.LOCAL_DISK_CACHE), back.diagnoses().stream().map(Diagnosis::code).toList());
            assertTrue(back.diagnoses().get(0).message().contains("SCCACHE_GHA_ENABLED"));
        }
    }

    @Test
    void aJobWithoutStatsIsStoredWithNullFiguresAndReadBackWithoutTotals() throws IOException {
        JobCacheSummary job = summaryOf("10-local-0.4.0pre6-error-server-startup-address-in-use.txt");
        JobCacheStatsRecord record = CacheHistoryRecords.toRecord(5, job, NOW);
        assertNull(record.hits());
        assertNull(record.misses());
        assertEquals(List.of("server-startup-failed"), record.diagnoses());
        JobCacheSummary back = CacheHistoryRecords.fromRecord("x", record);
        assertTrue(back.totals().isEmpty());
        assertEquals(HitRate.State.UNKNOWN, back.hitRate().state());
    }

    @Test
    void codesFromANewerWheelhouseAreLeftOutWhenReadBack() {
        JobCacheStatsRecord record = new JobCacheStatsRecord(1, null, 1L, 1L, 0L, null, null,
                List.of("cache-errors", "some-future-code"), Map.of(), NOW);
        assertEquals(List.of(DiagnosisCode.CACHE_ERRORS),
                CacheHistoryRecords.fromRecord("x", record).diagnoses().stream().map(Diagnosis::code).toList());
    }

    @Test
    void theRunBeforeIsComparedFromTheHistoryAlone(@TempDir Path dir) throws IOException {
        try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
            store.saveRun(new RunRecord("o/r", "w.yml", 1, 1, null, null, null, null, null, NOW, null, null, null),
                    List.of(new JobRecord(1, 1, 11, "linux", null, null, null, null, null, "Linux"),
                            new JobRecord(1, 1, 12, "sdist", null, null, null, null, null, "Linux")),
                    List.of(CacheHistoryRecords.toRecord(11, summaryOf("05-local-0.4.0pre6-cold-c-rust-noncacheable-failure.txt"), NOW)));
            RunRecord before = store.lastRunBefore("o/r", "w.yml", 2).orElseThrow();
            RunCacheSummary cold = CacheHistoryRecords.runSummary(store.jobs(before.runId(), before.attempt()),
                    store.cacheStatsOfRun(before.runId(), before.attempt()));
            assertEquals(2, cold.jobs().size());
            assertEquals(1, cold.jobsWithStats());
            assertEquals(new CacheTotals(0, 6, 0), cold.totals());

            RunCacheSummary warm = RunCacheSummary.of(List.of(summaryOf("13-local-sccache-action-post-step-stdout-hits.txt")));
            assertEquals(RunComparison.Trend.WARMER, new RunComparison(cold, warm).trend());
        }
    }
}
