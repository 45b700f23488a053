package dev.wheelhouse.sccache;

import dev.wheelhouse.testing.JobLogs;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diagnoses beyond the samples' vocabulary, and the rules that need a job's context. */
class SccacheDiagnosticianTest {

    private final SccacheLogScanner scanner = new SccacheLogScanner();
    private final SccacheDiagnostician diagnostician = new SccacheDiagnostician();

    private List<DiagnosisCode> codes(String log, JobContext context) throws IOException {
        return codes(log.getBytes(StandardCharsets.UTF_8), context);
    }

    private List<DiagnosisCode> codes(byte[] log, JobContext context) throws IOException {
        SccacheLogScan scan = scanner.scan(new ByteArrayInputStream(log));
        return diagnostician.diagnose(scan, context).stream().map(Diagnosis::code).toList();
    }

    private static String sample(String name) {
        return JobLogs.read(Samples.sccache().resolve(name));
    }

    @Test
    void aLocalDiskCacheInAJobMeantForTheGithubCacheIsDiagnosed() throws IOException {
        String localDisk = sample("26-fedimint-4360-0.7.4-rust-local-disk.txt");
        assertEquals(List.of(DiagnosisCode.LOCAL_DISK_CACHE), codes(localDisk, new JobContext(true, false)));
        assertEquals(List.of(), codes(localDisk, JobContext.UNKNOWN), "a local cache on purpose is fine");
    }

    @Test
    void theLogsOwnEnvEchoShowsTheGithubCacheWasMeantAndTheMessageNamesTheContainerFix() throws IOException {
        byte[] log = JobLogs.start()
                .step("pypa/cibuildwheel@v2.21", "env:", "  SCCACHE_GHA_ENABLED: on",
                        "  CIBW_ENVIRONMENT_PASS_LINUX: RUSTC_WRAPPER")
                .lines("Starting container image quay.io/pypa/manylinux_2_28_x86_64:2024.10.07-1...")
                .stepOutput(sample("26-fedimint-4360-0.7.4-rust-local-disk.txt"))
                .bytes();
        SccacheLogScan scan = scanner.scan(new ByteArrayInputStream(log));
        Diagnosis d = diagnostician.diagnose(scan).stream()
                .filter(x -> x.code() == DiagnosisCode.LOCAL_DISK_CACHE).findFirst().orElseThrow();
        assertTrue(d.message().contains("CIBW_ENVIRONMENT_PASS_LINUX (now: RUSTC_WRAPPER)"), d.message());
        assertTrue(d.evidence().contains("Local disk"), d.evidence());
    }

    @Test
    void everyRustcCallNonCacheableBecauseOfIncrementalIsDiagnosed() throws IOException {
        String log = """
                Compile requests                    200
                Compile requests executed             0
                Cache hits                            0
                Cache misses                          0
                Cache timeouts                        0
                Cache read errors                     0
                Forced recaches                       0
                Cache write errors                    0
                Compilation failures                  0
                Cache errors                          0
                Non-cacheable compilations            0
                Non-cacheable calls                 200
                Non-compilation calls                 0
                Unsupported compiler calls            0

                Non-cacheable reasons:
                incremental                         150
                crate-type                           50

                Cache location                  ghac, name: sccache-v0.8.2, prefix: /sccache/
                """;
        assertEquals(List.of(DiagnosisCode.NO_COMPILATIONS, DiagnosisCode.INCREMENTAL_NOT_CACHEABLE),
                codes(log, JobContext.UNKNOWN));
    }

    @Test
    void someIncrementalCallsBesideRustHitsAreNotDiagnosed() throws IOException {
        assertEquals(List.of(), codes(sample("24-uutils-coreutils-4486-0.4.0pre9-ghac-gha-log.txt"), JobContext.UNKNOWN));
    }

    @Test
    void zeroStatsReadOnTheHostOfAContainerBuildAreDiagnosed() throws IOException {
        String zero = sample("18-mozilla-sccache-447-0.2.x-zero-stats-with-successful-dist.txt");
        assertEquals(List.of(DiagnosisCode.NO_COMPILATIONS, DiagnosisCode.STATS_ON_HOST),
                codes(zero, new JobContext(false, true)));
        assertEquals(List.of(DiagnosisCode.NO_COMPILATIONS), codes(zero, JobContext.UNKNOWN));
        assertEquals(List.of(), codes(sample("02-local-0.4.0pre6-cold-c-build.txt"), new JobContext(false, true)),
                "stats that counted compiles were read where the compiling ran");
    }

    @Test
    void zeroStatsBeforeTheBuildDoNotHideTheStatsAfterIt() throws IOException {
        String log = sample("16-local-sccache-action-post-step-stdout-server-restarted-zero.txt").lines()
                .filter(l -> l.startsWith("Compile") || l.startsWith("Cache")).reduce("", (a, b) -> a + b + "\n")
                + "some build output\n" + sample("02-local-0.4.0pre6-cold-c-build.txt");
        assertEquals(List.of(), codes(log, JobContext.UNKNOWN));
    }

    @Test
    void anUnauthorizedAnswerFromTheCacheIsDiagnosed() throws IOException {
        String log = """
                sccache: error: Server startup failed: cache storage failed to write: PermissionDenied (permanent) at write, context: { uri: https://example.blob.core.windows.net/sccache/.sccache_check, response: Parts { status: 403, version: HTTP/1.1 } } => {"code":"unauthorized","message":"token expired"}
                """;
        assertEquals(List.of(DiagnosisCode.SERVER_STARTUP_FAILED, DiagnosisCode.CACHE_UNAUTHORIZED),
                codes(log, JobContext.UNKNOWN));
    }

    @Test
    void forbiddenInOrdinaryBuildOutputIsNotACacheProblem() throws IOException {
        assertEquals(List.of(), codes("error: HTTP 403 Forbidden while fetching crates index\n", JobContext.UNKNOWN));
    }

    @Test
    void theVersionMismatchHintReplacesServerUnreachable() throws IOException {
        assertEquals(List.of(DiagnosisCode.VERSION_MISMATCH, DiagnosisCode.SCCACHE_FAILED),
                codes(sample("41-sccache-action-171-error-post-step-version-mismatch.txt"), JobContext.UNKNOWN));
        assertEquals(List.of(DiagnosisCode.SERVER_UNREACHABLE),
                codes(sample("12-local-0.4.0pre6-error-stop-server-not-running.txt"), JobContext.UNKNOWN));
    }

    @Test
    void theStartupFailureMessageQuotesWhatSccacheSaid() throws IOException {
        SccacheLogScan scan = scanner.scan(Samples.sccache().resolve("10-local-0.4.0pre6-error-server-startup-address-in-use.txt"));
        Diagnosis d = diagnostician.diagnose(scan).get(0);
        assertTrue(d.message().startsWith("The sccache server did not start (Address in use)"), d.message());
    }
}
