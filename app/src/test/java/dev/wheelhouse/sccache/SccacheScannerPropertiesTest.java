package dev.wheelhouse.sccache;

import dev.wheelhouse.testing.JobLogs;
import dev.wheelhouse.testing.Samples;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random bytes, cut logs and interleaved step output never throw and never invent figures. */
class SccacheScannerPropertiesTest {

    /** Samples holding statistics, each alone a clean input. */
    private static final List<String> STATS_SAMPLES = List.of(
            "01-local-0.4.0pre6-fresh-server-empty.json", "02-local-0.4.0pre6-cold-c-build.txt",
            "05-local-0.4.0pre6-cold-c-rust-noncacheable-failure.txt",
            "06-local-0.4.0pre6-cold-c-rust-noncacheable-failure.json",
            "08-local-0.4.0pre6-cache-errors-unusable-cache-dir.txt",
            "13-local-sccache-action-post-step-stdout-hits.txt", "14-local-sccache-action-step-summary.md",
            "18-mozilla-sccache-447-0.2.x-zero-stats-with-successful-dist.txt",
            "22-nvidia-cudf-10146-0.2.x-s3-cuda-read-miss-label.txt",
            "24-uutils-coreutils-4486-0.4.0pre9-ghac-gha-log.txt", "26-fedimint-4360-0.7.4-rust-local-disk.txt",
            "28-mozilla-sccache-2211-0.8.1dev-hit-rate-dash.txt",
            "29-earth-mover-icechunk-424-notice-and-per-lang-rates-truncated.txt");

    private static final List<String> NOISE = List.of(
            "   Compiling serde v1.0.197", "    Finished `release` profile [optimized] target(s) in 1m 02s",
            "##[group]Run cargo build --release", "##[endgroup]", "warning: unused variable: `x`",
            "Cache restored from key: sccache-Linux-x64", "Requirement already satisfied: pip in ./venv",
            "Successfully built satkit-0.5.0-cp312-cp312-manylinux_2_28_x86_64.whl", "",
            "Building wheel for cp312-manylinux_x86_64", "+ sccache --version", "sccache 0.8.2",
            "Downloaded 12 crates (1.2 MB) in 0.81s", "{\"level\":\"info\",\"msg\":\"done\"}");

    private final SccacheLogScanner scanner = new SccacheLogScanner(1024);

    private SccacheLogScan scan(byte[] bytes) {
        try {
            return scanner.scan(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sampleBytes(String name) {
        try {
            return Files.readAllBytes(Samples.sccache().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 300)
    void randomBytesNeverThrowAndHoldNoStats(@ForAll @Size(max = 20_000) byte[] bytes) {
        SccacheLogScan scan = scan(bytes);
        assertTrue(scan.blocks().isEmpty(), () -> scan.blocks().toString());
        if (scan.encoding() == dev.wheelhouse.logs.LogEncoding.UTF_8) {
            assertEquals(bytes.length, scan.bytes());
        }
    }

    @Property(tries = 300)
    void randomTextLinesNeverThrowAndHoldNoStats(@ForAll("noiseLines") List<String> lines) {
        SccacheLogScan scan = scan(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        assertTrue(scan.blocks().isEmpty(), () -> scan.blocks().toString());
    }

    @Property(tries = 400)
    void aLogCutAnywhereReportsOnlyFiguresTheWholeLogHas(@ForAll("statsSample") String sample,
                                                        @ForAll @IntRange(min = 0, max = 10_000) int cutAt) {
        byte[] whole = sampleBytes(sample);
        byte[] cut = java.util.Arrays.copyOf(whole, Math.min(cutAt, whole.length));
        List<SccacheStats> full = scan(whole).blocks();
        List<SccacheStats> partial = scan(cut).blocks();
        assertTrue(partial.size() <= full.size(), "a cut log has no extra blocks");
        for (int i = 0; i < partial.size(); i++) {
            assertSubset(full.get(i), partial.get(i), sample + " cut at " + cutAt + " block " + i);
        }
    }

    @Property(tries = 200)
    void blocksInterleavedWithStepOutputKeepTheirOwnFigures(@ForAll("interleaving") List<Object> pieces) {
        StringBuilder log = new StringBuilder();
        List<SccacheStats> expected = new ArrayList<>();
        for (Object piece : pieces) {
            if (piece instanceof String noise) {
                log.append(noise).append('\n');
            } else {
                String sample = ((Sample) piece).name();
                String text = new String(sampleBytes(sample), StandardCharsets.UTF_8);
                expected.addAll(scan(sampleBytes(sample)).blocks());
                log.append(text);
                if (!text.endsWith("\n")) {
                    log.append('\n');
                }
                log.append("::endgroup::\n");   // a marker ends whatever the sample left open
            }
        }
        byte[] bytes = JobLogs.start().stepOutput(log.toString()).bytes();
        List<SccacheStats> got = scan(bytes).blocks();
        assertEquals(expected.stream().map(SccacheScannerPropertiesTest::figures).toList(),
                got.stream().map(SccacheScannerPropertiesTest::figures).toList());
    }

    private record Sample(String name) { }

    @Provide
    Arbitrary<String> statsSample() {
        return Arbitraries.of(STATS_SAMPLES);
    }

    @Provide
    Arbitrary<List<String>> noiseLines() {
        Arbitrary<String> random = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(120);
        return Arbitraries.oneOf(Arbitraries.of(NOISE), random).list().ofMaxSize(200);
    }

    @Provide
    Arbitrary<List<Object>> interleaving() {
        Arbitrary<Object> noise = Arbitraries.of(NOISE).map(s -> (Object) s);
        // Sample 13 is step output holding ::group:: lines; it is converted with the rest.
        Arbitrary<Object> block = Arbitraries.of(STATS_SAMPLES).map(n -> (Object) new Sample(n));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, noise), net.jqwik.api.Tuple.of(1, block)).list().ofMaxSize(40);
    }

    private static String figures(SccacheStats b) {
        return b.format() + " " + b.compileRequests() + "/" + b.requestsExecuted() + " " + b.hits() + "/"
                + b.misses() + "/" + b.errors() + " " + b.hitRate() + " " + b.languages()
                + " " + b.nonCacheableReasons() + " " + b.cacheLocation() + " " + b.version();
    }

    private static void assertSubset(SccacheStats whole, SccacheStats part, String where) {
        assertEquals(whole.format(), part.format(), where);
        assertNullOrEqual(whole.compileRequests(), part.compileRequests(), where + " requests");
        assertNullOrEqual(whole.requestsExecuted(), part.requestsExecuted(), where + " executed");
        assertNullOrEqual(whole.hits(), part.hits(), where + " hits");
        assertNullOrEqual(whole.misses(), part.misses(), where + " misses");
        assertNullOrEqual(whole.errors(), part.errors(), where + " errors");
        assertNullOrEqual(whole.timeouts(), part.timeouts(), where + " timeouts");
        assertNullOrEqual(whole.writeErrors(), part.writeErrors(), where + " write errors");
        if (part.hitRate().value() != null) {
            assertEquals(whole.hitRate(), part.hitRate(), where + " rate");
        }
        assertTrue(whole.languages().keySet().containsAll(part.languages().keySet()), where + " languages");
        for (Map.Entry<String, LanguageStats> e : part.languages().entrySet()) {
            LanguageStats w = whole.languages().get(e.getKey());
            assertNullOrEqual(w.hits(), e.getValue().hits(), where + " " + e.getKey() + " hits");
            assertNullOrEqual(w.misses(), e.getValue().misses(), where + " " + e.getKey() + " misses");
        }
        for (Map.Entry<String, Long> e : part.nonCacheableReasons().entrySet()) {
            assertEquals(whole.nonCacheableReasons().get(e.getKey()), e.getValue(), where + " reason " + e.getKey());
        }
    }

    private static void assertNullOrEqual(Long whole, Long part, String where) {
        if (part != null) {
            assertTrue(Objects.equals(whole, part), where + ": whole log says " + whole + ", cut log " + part);
        }
    }
}
