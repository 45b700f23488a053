package dev.wheelhouse.sccache;

import dev.wheelhouse.testing.JobLogs;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log forms a scan must see through: GitHub job logs, prefixes, colours, fences, cuts. */
class SccacheLogScannerTest {

    private static final String SAMPLE_13 = "13-local-sccache-action-post-step-stdout-hits.txt";
    private static final String SAMPLE_24 = "24-uutils-coreutils-4486-0.4.0pre9-ghac-gha-log.txt";

    private final SccacheLogScanner scanner = new SccacheLogScanner();

    private SccacheLogScan scan(byte[] bytes) throws IOException {
        return scanner.scan(new ByteArrayInputStream(bytes));
    }

    private SccacheLogScan scan(String text) throws IOException {
        return scan(text.getBytes(StandardCharsets.UTF_8));
    }

    private SccacheLogScan scanSample(String name) throws IOException {
        return scanner.scan(Samples.sccache().resolve(name));
    }

    /** The figures of a block, without where it was found. */
    private static String figures(SccacheStats b) {
        return b.format() + " " + b.compileRequests() + "/" + b.requestsExecuted() + " " + b.hits() + "/"
                + b.misses() + "/" + b.errors() + " " + b.hitRate().display() + " " + b.languages()
                + " " + b.nonCacheableReasons() + " " + b.cacheLocation() + " " + b.version();
    }

    private static List<String> figures(SccacheLogScan scan) {
        return scan.blocks().stream().map(SccacheLogScannerTest::figures).toList();
    }

    /** Sample 24 with every line changed, between a header and a footer. */
    private static String sample24EveryLine(UnaryOperator<String> change, String header, String footer) {
        return JobLogs.read(Samples.sccache().resolve(SAMPLE_24)).lines().map(change)
                .collect(Collectors.joining("\n", header, footer));
    }

    @Test
    void aDownloadedJobLogGivesTheSameBlocksAsTheStepOutputEachWithItsStep() throws IOException {
        byte[] log = JobLogs.start()
                .step("actions/checkout@v4", "with:", "  fetch-depth: 0")
                .step("mozilla-actions/sccache-action@v0.0.9")
                .step("cargo build --release", "\u001b[36;1mcargo build --release\u001b[0m",
                        "shell: /usr/bin/bash -e {0}", "env:", "  SCCACHE_GHA_ENABLED: true",
                        "  RUSTC_WRAPPER: sccache")
                .cargoNoise(50)
                .lines("Post job cleanup.")
                .sample(SAMPLE_13)
                .bytes();
        SccacheLogScan scan = scan(log);
        assertEquals(figures(scanSample(SAMPLE_13)), figures(scan));
        assertEquals(List.of("Post job cleanup"), scan.blocks().stream().map(SccacheStats::step).distinct().toList());
        assertEquals(Arrays.asList("Get human-readable stats", "Get JSON stats", null, null),
                scan.blocks().stream().map(SccacheStats::group).toList());
        assertEquals(88, scan.blocks().get(2).hitRate().value().intValue(), "##[notice] form read");
        assertTrue(scan.evidence().ghaCacheRequested(), "env echoed in the step header");
    }

    @Test
    void stepsAreTheRunHeadersTheBlocksFollow() throws IOException {
        byte[] log = JobLogs.start()
                .step("cargo build")
                .stepOutput(JobLogs.read(Samples.sccache().resolve("02-local-0.4.0pre6-cold-c-build.txt")))
                .cargoNoise(3)
                .step("sccache --show-stats")
                .stepOutput(JobLogs.read(Samples.sccache().resolve(SAMPLE_24)))
                .bytes();
        SccacheLogScan scan = scan(log);
        assertEquals(List.of("cargo build", "sccache --show-stats"),
                scan.blocks().stream().map(SccacheStats::step).toList());
        assertEquals(List.of(4L, 377L), scan.blocks().stream().map(SccacheStats::compileRequests).toList());
    }

    @Test
    void coloursAroundEveryLineDoNotHideTheTable() throws IOException {
        String coloured = sample24EveryLine(l -> "\u001b[0;32m" + l + "\u001b[0m", "", "\n");
        assertEquals(figures(scanSample(SAMPLE_24)), figures(scan(coloured)));
    }

    @Test
    void anIndentedTableInAMarkdownFenceReadsTheSame() throws IOException {
        String indented = sample24EveryLine(l -> "        " + l, "<details>\n\n    ```\n", "\n    ```\n</details>\n");
        assertEquals(figures(scanSample(SAMPLE_24)), figures(scan(indented)));
    }

    @Test
    void aTableBehindALoggerPrefixOnEveryLineIsFound() throws IOException {
        String prefixed = sample24EveryLine(l -> "12:00:01     INFO -  " + l, "", "\n");
        SccacheLogScan scan = scan(prefixed);
        assertEquals(1, scan.blocks().size());
        SccacheStats b = scan.blocks().get(0);
        assertEquals(377L, b.compileRequests());
        assertEquals(226L, b.hits());
        assertEquals(13L, b.misses());
        assertEquals(4, b.nonCacheableReasons().size(), "blank lines behind the prefix keep the block open");
        assertEquals(CacheLocation.Kind.GITHUB_ACTIONS, b.cacheLocation().kind());
        assertFalse(b.truncated());
    }

    @Test
    void aJsonLineWithoutNewlineAtTheEndOfATimestampedLogIsRead() throws IOException {
        String json = JobLogs.read(Samples.sccache().resolve("03-local-0.4.0pre6-cold-c-build.json"));
        SccacheLogScan scan = scan("2024-03-01T12:00:00.1234567Z [command]/usr/bin/sccache --show-stats "
                + "--stats-format=json\n2024-03-01T12:00:00.1234568Z " + json);
        assertEquals(1, scan.blocks().size());
        assertEquals(4L, scan.blocks().get(0).misses());
        assertFalse(scan.blocks().get(0).truncated());
    }

    @Test
    void textPrintedRightAfterTheJsonOnTheSameLineIsIgnored() throws IOException {
        String json = JobLogs.read(Samples.sccache().resolve("06-local-0.4.0pre6-cold-c-rust-noncacheable-failure.json"));
        SccacheLogScan scan = scan(json + "::endgroup::\nCompiling foo\n");
        assertEquals(1, scan.blocks().size());
        assertEquals(11L, scan.blocks().get(0).compileRequests());
    }

    @Test
    void aJsonObjectCutInsideACountsMapKeepsWhatCameBeforeAndNoSumOfHalfAMap() throws IOException {
        String pretty = """
                ```json
                {
                  "stats": {
                    "compile_requests": 10,
                    "requests_executed": 9,
                    "cache_errors": {
                      "counts": {}
                    },
                    "cache_hits": {
                      "counts": {
                        "C/C++": 5,
                """;
        SccacheLogScan scan = scan(pretty);
        assertEquals(1, scan.blocks().size());
        SccacheStats b = scan.blocks().get(0);
        assertEquals(10L, b.compileRequests());
        assertEquals(9L, b.requestsExecuted());
        assertEquals(0L, b.errors());
        assertNull(b.hits(), "half a counts map is not a total");
        assertNull(b.misses());
        assertTrue(b.truncated());
        assertEquals(HitRate.State.UNKNOWN, b.hitRate().state());
    }

    @Test
    void aTableLineCutMidNumberAtTheEndOfTheStreamGivesNoFigure() throws IOException {
        SccacheLogScan scan = scan("Compile requests                     10\n"
                + "Compile requests executed             9\n"
                + "Cache hits                            1");   // was 12 before the download broke
        SccacheStats b = scan.blocks().get(0);
        assertEquals(10L, b.compileRequests());
        assertNull(b.hits());
        assertTrue(b.truncated());
    }

    @Test
    void aLanguageIsZeroOnlyWhereTheTableWentPastItsList() throws IOException {
        SccacheLogScan scan = scan("""
                Compile requests                      4
                Compile requests executed             4
                Cache hits                            1
                Cache hits (Rust)                     1
                Cache misses                          3
                Cache misses (C/C++)                  3
                """);
        SccacheStats b = scan.blocks().get(0);
        assertEquals(new LanguageStats(0L, 3L, null), b.languages().get("C/C++"), "hits list ended: absent is 0");
        assertEquals(new LanguageStats(1L, null, null), b.languages().get("Rust"), "misses list may go on: unknown");
    }

    @Test
    void linesFarLongerThanTheLimitAreCutAndTheScanGoesOn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] junk = new byte[300_000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 7 == 0 ? 0xC3 : 'x');   // also malformed UTF-8
        }
        out.write(junk);
        out.write('\n');
        out.write(JobLogs.read(Samples.sccache().resolve("02-local-0.4.0pre6-cold-c-build.txt"))
                .getBytes(StandardCharsets.UTF_8));
        out.write(junk);
        SccacheLogScan scan = scan(out.toByteArray());
        assertEquals(1, scan.blocks().size());
        assertEquals(4L, scan.blocks().get(0).misses());
        assertEquals(out.size(), scan.bytes());
    }

    @Test
    void malformedUtf8IsReplacedNotThrown() throws IOException {
        // FF FE at the very start would be UTF-16's byte-order mark: the bad bytes sit on line 2.
        byte[] bad = {'x', '\n', (byte) 0xFF, (byte) 0xFE, 'C', 'a', 'c', 'h', 'e', ' ', (byte) 0xC0, '\n'};
        byte[] table = JobLogs.read(Samples.sccache().resolve("08-local-0.4.0pre6-cache-errors-unusable-cache-dir.txt"))
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bad.length + table.length];
        System.arraycopy(bad, 0, all, 0, bad.length);
        System.arraycopy(table, 0, all, bad.length, table.length);
        SccacheLogScan scan = scan(all);
        assertEquals(2L, scan.blocks().get(0).errors());
    }

    @Test
    void everyNoticeFormIsRead() throws IOException {
        SccacheLogScan scan = scan("""
                ::notice title=sccache stats - build-wheels (3.12, ubuntu)::88%25 - 7 hits, 1 miss, 0 errors
                ::notice::50%25 - 1 hit, 1 miss, 0 errors
                ##[notice]82% - 9 hits, 1 miss, 1 error
                Notice: 2% - 17 hits, 763 misses, 0 errors
                Notice: this is not sccache
                """);
        assertEquals(List.of("88%", "50%", "82%", "2%"),
                scan.blocks().stream().map(b -> b.hitRate().display()).toList());
        assertEquals(List.of(7L, 1L, 9L, 17L), scan.blocks().stream().map(SccacheStats::hits).toList());
        assertEquals(1L, scan.blocks().get(2).errors());
        assertTrue(scan.blocks().stream().allMatch(b -> b.compileRequests() == null && b.languages().isEmpty()));
    }

    @Test
    void advancedStatsGiveTotalsButNoLanguages() throws IOException {
        SccacheLogScan scan = scan("""
                Compile requests                      3
                Compile requests executed             3
                Cache hits                            2
                Cache hits (c++ [gcc])                2
                Cache misses                          1
                Cache misses (cuda [nvcc])            1
                Cache hits rate                   66.67 %
                Cache hits rate (c++ [gcc])      100.00 %
                Cache hits rate (cuda [nvcc])      0.00 %
                Cache timeouts                        0
                Cache location                  Local disk: "/tmp/scc"
                """);
        SccacheStats b = scan.blocks().get(0);
        assertEquals(2L, b.hits());
        assertEquals("66.67", b.hitRate().value().toPlainString());
        assertTrue(b.languages().isEmpty());
    }

    @Test
    void aMultiLevelCacheTableReadsThroughItsPerLevelLines() throws IOException {
        SccacheLogScan scan = scan("""
                Compile requests                        12
                Compile requests executed               12
                Cache hits                              10
                Cache hits (Rust)                       10
                Cache misses                             2
                Cache misses (Rust)                      2
                Cache hits rate                      83.33 %
                Cache hits rate (Rust)               83.33 %
                Cache timeouts                           0
                Cache read errors                        0
                Forced recaches                          0
                Cache write errors                       0
                Cache errors                             0
                Compilations                             2
                Compilation failures                     0
                Non-cacheable compilations               0
                Non-cacheable calls                      0
                Non-compilation calls                    0
                Unsupported compiler calls               0
                Average cache write                  0.001 s
                Average compiler                     0.500 s
                Average cache read hit               0.002 s
                Failed distributed compilations          0
                Multi-level cache levels                 2
                  L0 (disk) hits                         4
                  L0 (disk) misses                       8
                  L0 (disk) hit rate                 33.33 %
                  L0 (disk) writes                       2
                  L0 (disk) write failures               0
                  L0 (disk) backfills from               0
                  L0 (disk) backfills to                 6
                  L0 (disk) avg cache write          0.001 s
                  L0 (disk) avg cache read hit       0.001 s
                  L1 (s3) hits                           6
                  L1 (s3) misses                         2
                  L1 (s3) hit rate                   75.00 %
                Cache location                  Multi-level (2 levels)
                Version (client)                0.15.0
                """);
        assertEquals(1, scan.blocks().size());
        SccacheStats b = scan.blocks().get(0);
        assertEquals(10L, b.hits());
        assertEquals("83.33", b.hitRate().value().toPlainString());
        assertEquals(CacheLocation.Kind.MULTI_LEVEL, b.cacheLocation().kind());
        assertEquals("0.15.0", b.version());
        assertFalse(b.truncated());
    }

    @Test
    void labelsInsideOtherSentencesAreNotStats() throws IOException {
        SccacheLogScan scan = scan("""
                INFO: Cache hits: 5
                Cache restored from key: sccache-Linux-abc
                Cache hits so far 5
                Cache location is /tmp
                {"status": "ok", "stats": {"compile_requests": 1}}
                <tr><th>Cache hits</th><td>7</td></tr>
                """);
        assertTrue(scan.blocks().isEmpty(), () -> scan.blocks().toString());
    }

    @Test
    void blocksAreHandedOverWhileTheStreamIsStillBeingRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(JobLogs.read(Samples.sccache().resolve("02-local-0.4.0pre6-cold-c-build.txt")).getBytes(StandardCharsets.UTF_8));
        out.write("after\n".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        AtomicLong consumed = new AtomicLong();
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(out.toByteArray())) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed.addAndGet(Math.max(n, 0));
                return n;
            }
        };
        List<Long> consumedAtBlock = new ArrayList<>();
        scanner.scan(counting, block -> consumedAtBlock.add(consumed.get()));
        assertEquals(1, consumedAtBlock.size());
        assertTrue(consumedAtBlock.get(0) < out.size() / 2,
                "block handed over after " + consumedAtBlock.get(0) + " of " + out.size() + " bytes");
    }

    @Test
    void errorLinesAreFoundInATimestampedJobLogWithTheirStep() throws IOException {
        byte[] log = JobLogs.start()
                .step("cargo build")
                .lines("error: process didn't exit successfully: `sccache rustc -vV` (exit status: 2)",
                        "--- stderr")
                .stepOutput(JobLogs.read(Samples.sccache().resolve("44-nvidia-openshell-950-error-ghac-cache-url-not-found.txt")))
                .bytes();
        SccacheLogScan scan = scan(log);
        assertEquals(List.of(DiagnosisCode.SERVER_STARTUP_FAILED, DiagnosisCode.GHA_CACHE_SERVICE),
                scan.findings().stream().map(LogFinding::code).toList());
        assertEquals("cargo build", scan.findings().get(0).step());
        assertEquals(6, scan.findings().get(1).line(), "the wrapped second line of the message");
    }

    @Test
    void theDistributedCompilesSectionOfOldVersionsStaysInsideTheBlock() throws IOException {
        SccacheLogScan scan = scan("""
                Compile requests                     12
                Compile requests executed            12
                Cache hits                            2
                Cache misses                         10
                Cache timeouts                        0
                Cache read errors                     0
                Forced recaches                       0
                Cache write errors                    0
                Compilation failures                  0
                Cache errors                          0
                Non-cacheable compilations            0
                Non-cacheable calls                   0
                Non-compilation calls                 0
                Unsupported compiler calls            0
                Average cache write               0.001 s
                Average cache read miss           2.100 s
                Average cache read hit            0.010 s
                Failed distributed compilations       0

                Successful distributed compiles
                  10.0.0.5:10501                      7
                  10.0.0.6:10501                      3
                Cache location                  Local disk: "C:\\\\Users\\\\runneradmin\\\\AppData\\\\Local\\\\Mozilla\\\\sccache\\\\cache"
                """);
        assertEquals(1, scan.blocks().size());
        SccacheStats b = scan.blocks().get(0);
        assertEquals(10L, b.misses());
        assertEquals(CacheLocation.Kind.LOCAL_DISK, b.cacheLocation().kind());
        assertTrue(b.cacheLocation().raw().startsWith("Local disk: \"C:\\\\Users"), b.cacheLocation().raw());
        assertTrue(b.nonCacheableReasons().isEmpty(), "build servers are not non-cacheable reasons");
        assertFalse(b.truncated());
    }
}
