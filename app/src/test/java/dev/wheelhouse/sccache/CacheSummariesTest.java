package dev.wheelhouse.sccache;

import dev.wheelhouse.testing.JobLogs;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per job, per language, per run, and one run against another. */
class CacheSummariesTest {

    private final SccacheLogScanner scanner = new SccacheLogScanner();
    private final SccacheDiagnostician diagnostician = new SccacheDiagnostician();

    private JobCacheSummary job(String name, String log) throws IOException {
        SccacheLogScan scan = scanner.scan(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)));
        return JobCacheSummary.of(name, scan, diagnostician.diagnose(scan));
    }

    private static String sample(String name) {
        return JobLogs.read(Samples.sccache().resolve(name));
    }

    private static String table(long hits, long misses) {
        return "Compile requests   " + (hits + misses) + "\nCache hits   " + hits + "\nCache hits (Rust)   " + hits
                + "\nCache misses   " + misses + "\nCache misses (Rust)   " + misses + "\nCache timeouts   0\n"
                + "Cache location   ghac, name: x, prefix: /sccache/\n";
    }

    @Test
    void theSameStatePrintedFourTimesCountsOnce() throws IOException {
        JobCacheSummary job = job("build", sample("13-local-sccache-action-post-step-stdout-hits.txt"));
        assertEquals(new CacheTotals(7, 1, 0), job.totals().orElseThrow());
        assertEquals(1, job.readings());
        assertEquals("87.50 %", job.hitRate().display());
        assertEquals(Map.of("C/C++", new CacheTotals(5, 1, 0), "Rust", new CacheTotals(2, 0, 0)), job.languages());
    }

    @Test
    void readingsOfARestartedServerAddUp() throws IOException {
        // Cumulative readings 3/7 then 5/10, a restart (counters fall), then 4/1.
        JobCacheSummary job = job("wheels", table(3, 7) + "x\n" + table(5, 10) + "x\n" + table(4, 1));
        assertEquals(new CacheTotals(9, 11, 0), job.totals().orElseThrow());
        assertEquals(2, job.readings());
    }

    @Test
    void aLogWithOnlyANoticeIsSummedFromTheNotice() throws IOException {
        JobCacheSummary job = job("build", "##[notice]82% - 9 hits, 1 miss, 1 error\n");
        assertEquals(new CacheTotals(9, 1, 1), job.totals().orElseThrow());
        assertEquals("90.00 %", job.hitRate().display(), "the job's rate is sccache's");
    }

    @Test
    void aLogWithoutStatsHasNoTotalsAndAnUnknownRate() throws IOException {
        JobCacheSummary job = job("build", sample("10-local-0.4.0pre6-error-server-startup-address-in-use.txt"));
        assertFalse(job.hasStats());
        assertEquals(HitRate.State.UNKNOWN, job.hitRate().state());
        assertTrue(job.has(DiagnosisCode.SERVER_STARTUP_FAILED));
    }

    @Test
    void aRunAddsUpItsJobsPerLanguageAndCountsDiagnoses() throws IOException {
        RunCacheSummary run = RunCacheSummary.of(List.of(
                job("a", sample("24-uutils-coreutils-4486-0.4.0pre9-ghac-gha-log.txt")),
                job("b", sample("26-fedimint-4360-0.7.4-rust-local-disk.txt")),
                job("c", sample("16-local-sccache-action-post-step-stdout-server-restarted-zero.txt")),
                job("d", sample("17-local-sccache-action-post-step-stdout-sccache-failed.txt"))));
        assertEquals(new CacheTotals(226 + 1150, 13 + 339, 0), run.totals());
        assertEquals(new CacheTotals(178 + 1150, 13 + 339, 0), run.languages().get("Rust"));
        assertEquals(new CacheTotals(48, 0, 0), run.languages().get("C/C++"));
        assertEquals(3, run.jobsWithStats());
        assertEquals(1, run.jobsNothingCompiled());
        assertEquals(1, run.diagnosisCounts().get(DiagnosisCode.NO_COMPILATIONS));
        assertEquals(1, run.diagnosisCounts().get(DiagnosisCode.SERVER_STARTUP_FAILED));
    }

    @Test
    void aRunWhereNothingCompiledHasNoRateRatherThanZero() throws IOException {
        RunCacheSummary run = RunCacheSummary.of(List.of(
                job("a", sample("28-mozilla-sccache-2211-0.8.1dev-hit-rate-dash.txt"))));
        assertTrue(run.hitRate().noCompilations());
        assertTrue(run.hitRate().percent().isEmpty());
    }

    @Test
    void aColdRunThenAWarmRunReadsWarmer() throws IOException {
        RunCacheSummary cold = RunCacheSummary.of(List.of(job("a", table(0, 40)), job("b", table(1, 39))));
        RunCacheSummary warm = RunCacheSummary.of(List.of(job("a", table(38, 2)), job("b", table(40, 0))));
        RunComparison comparison = new RunComparison(cold, warm);
        assertEquals(RunComparison.Trend.WARMER, comparison.trend());
        assertEquals(97.5 - 1.25, comparison.hitRateChange().orElseThrow(), 1e-9);
        assertEquals(77, comparison.hitsChange());
        assertEquals(-77, comparison.missesChange());
        assertEquals(97.5 - 1.25, comparison.languageRateChanges().get("Rust").orElseThrow(), 1e-9);
        assertEquals(RunComparison.Trend.COLDER, new RunComparison(warm, cold).trend());
        assertEquals(RunComparison.Trend.UNCHANGED, new RunComparison(warm, warm).trend());
    }

    @Test
    void aRunWithoutStatsCannotBeCompared() throws IOException {
        RunCacheSummary none = RunCacheSummary.of(List.of(job("a", "nothing here\n")));
        RunCacheSummary some = RunCacheSummary.of(List.of(job("a", table(1, 1))));
        assertEquals(RunComparison.Trend.NOT_COMPARABLE, new RunComparison(none, some).trend());
    }
}
