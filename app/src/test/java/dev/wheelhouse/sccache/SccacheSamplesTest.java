package dev.wheelhouse.sccache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every sample of samples/sccache gives exactly the blocks, figures and diagnoses EXPECTED.json names. */
class SccacheSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SccacheLogScanner scanner = new SccacheLogScanner();
    private final SccacheDiagnostician diagnostician = new SccacheDiagnostician();

    static Stream<String> sampleNames() throws IOException {
        List<String> names = new ArrayList<>();
        expected().fieldNames().forEachRemaining(names::add);
        return names.stream().sorted();
    }

    private static JsonNode expected() throws IOException {
        return JSON.readTree(Samples.sccache().resolve("EXPECTED.json").toFile());
    }

    @Test
    void everySampleFileHasAnExpectedEntry() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(Samples.sccache())) {
            list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("EXPECTED.json") && !n.equals("README.md"))
                    .forEach(files::add);
        }
        Set<String> expected = new TreeSet<>();
        expected().fieldNames().forEachRemaining(expected::add);
        assertEquals(files, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleNames")
    void sampleGivesTheBlocksAndFiguresExpectedNames(String name) throws IOException {
        JsonNode want = expected().get(name);
        SccacheLogScan scan = scanner.scan(Samples.sccache().resolve(name));
        List<SccacheStats> blocks = scan.blocks();
        assertEquals(want.get("blocks").size(), blocks.size(), "number of blocks");
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode w = want.get("blocks").get(i);
            SccacheStats got = blocks.get(i);
            String where = name + " block " + i;
            assertEquals(w.get("format").asText(), got.format().wireName(), where + " format");
            assertFigure(w, "compile_requests", got.compileRequests(), where);
            assertFigure(w, "requests_executed", got.requestsExecuted(), where);
            assertFigure(w, "hits", got.hits(), where);
            assertFigure(w, "misses", got.misses(), where);
            assertFigure(w, "errors", got.errors(), where);
            JsonNode rate = w.get("hit_rate_percent");
            if (rate.isNull()) {
                assertTrue(got.hitRate().percent().isEmpty(), where + " hit rate should be null, was "
                        + got.hitRate().display());
            } else {
                assertEquals(rate.asDouble(), got.hitRate().percent().orElseThrow(), 0.0001, where + " hit rate");
            }
            JsonNode languages = w.get("languages");
            Set<String> wantLanguages = new HashSet<>();
            languages.fieldNames().forEachRemaining(wantLanguages::add);
            assertEquals(wantLanguages, got.languages().keySet(), where + " languages");
            for (Map.Entry<String, JsonNode> e : languages.properties()) {
                LanguageStats lang = got.languages().get(e.getKey());
                assertFigure(e.getValue(), "hits", lang.hits(), where + " " + e.getKey());
                assertFigure(e.getValue(), "misses", lang.misses(), where + " " + e.getKey());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleNames")
    void sampleGivesExactlyTheDiagnosesExpectedNames(String name) throws IOException {
        Set<String> want = new TreeSet<>();
        expected().get(name).get("diagnoses").forEach(d -> want.add(d.asText()));
        Set<String> got = new TreeSet<>();
        diagnostician.diagnose(scanner.scan(Samples.sccache().resolve(name))).forEach(d -> got.add(d.code().code()));
        assertEquals(want, got);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleNames")
    void everyDiagnosisCarriesAMessageWithTheFixAndItsEvidence(String name) throws IOException {
        for (Diagnosis d : diagnostician.diagnose(scanner.scan(Samples.sccache().resolve(name)))) {
            assertTrue(d.message().length() > 80, d.code() + " message too short to hold a fix: " + d.message());
            assertFalse(d.message().contains("\n"), "one paragraph");
            assertNotNull(d.evidence(), d.code() + " evidence");
        }
    }

    @Test
    void blocksCutShortAreMarkedTruncatedAndCompleteOnesAreNot() throws IOException {
        SccacheStats cut = scanner.scan(Samples.sccache()
                .resolve("29-earth-mover-icechunk-424-notice-and-per-lang-rates-truncated.txt")).blocks().get(1);
        assertTrue(cut.truncated());
        assertEquals(Map.of("crate-type", 110L, "unknown source language", 27L, "-", 14L, "missing input", 10L),
                cut.nonCacheableReasons());
        SccacheStats whole = scanner.scan(Samples.sccache().resolve("05-local-0.4.0pre6-cold-c-rust-noncacheable-failure.txt"))
                .blocks().get(0);
        assertFalse(whole.truncated());
        assertEquals(List.of("-E", "multiple input files", "crate-type"), List.copyOf(whole.nonCacheableReasons().keySet()));
    }

    @Test
    void trailerLinesGiveLocationKindAndVersion() throws IOException {
        SccacheStats ghac = scanner.scan(Samples.sccache().resolve("24-uutils-coreutils-4486-0.4.0pre9-ghac-gha-log.txt"))
                .blocks().get(0);
        assertEquals(CacheLocation.Kind.GITHUB_ACTIONS, ghac.cacheLocation().kind());
        assertEquals("ghac, name: sccache-v0.4.0-pre.9, prefix: /sccache/", ghac.cacheLocation().raw());
        assertEquals("0.4.0-pre.9", ghac.version());
        assertEquals(75L, ghac.nonCacheableReasons().get("incremental"));

        SccacheStats s3 = scanner.scan(Samples.sccache().resolve("22-nvidia-cudf-10146-0.2.x-s3-cuda-read-miss-label.txt"))
                .blocks().get(0);
        assertEquals(CacheLocation.Kind.S3, s3.cacheLocation().kind());
        assertNull(s3.version());

        SccacheStats json = scanner.scan(Samples.sccache().resolve("06-local-0.4.0pre6-cold-c-rust-noncacheable-failure.json"))
                .blocks().get(0);
        assertEquals(CacheLocation.Kind.LOCAL_DISK, json.cacheLocation().kind());
        assertEquals("Local disk: \"/tmp/scc\"", json.cacheLocation().raw());
        assertEquals(1L, json.compilationFailures());
        assertEquals(3, json.nonCacheableReasons().size());
    }

    @Test
    void aHitRateSccachePrintedIsTakenAsPrintedAndNotRecomputed() throws IOException {
        SccacheStats b = scanner.scan(Samples.sccache()
                .resolve("29-earth-mover-icechunk-424-notice-and-per-lang-rates-truncated.txt")).blocks().get(1);
        assertEquals("2.18", b.hitRate().value().toPlainString());
        assertEquals("Cache hits rate", b.hitRate().label());
        SccacheStats notice = scanner.scan(Samples.sccache()
                .resolve("29-earth-mover-icechunk-424-notice-and-per-lang-rates-truncated.txt")).blocks().get(0);
        assertEquals("2%", notice.hitRate().display());
        assertEquals("Cache hit %", notice.hitRate().label());
    }

    /** A null in EXPECTED.json means the log does not give the figure: the scan must say null too. */
    private static void assertFigure(JsonNode want, String field, Long got, String where) {
        JsonNode w = want.get(field);
        if (w == null || w.isNull()) {
            assertNull(got, where + " " + field + " should be null");
        } else {
            assertEquals(w.asLong(), got, where + " " + field);
        }
    }
}
