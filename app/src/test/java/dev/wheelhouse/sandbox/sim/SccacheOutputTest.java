package dev.wheelhouse.sandbox.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox prints sccache's figures in the exact layouts of the real samples. */
class SccacheOutputTest {

    private static Map<String, Integer> counts(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    /** The figures of samples/sccache/13 (sccache 0.4.0-pre.6 on a partly warm build). */
    private static final SccacheStats SAMPLE_13 = new SccacheStats(10, 9, counts("C/C++", 5, "Rust", 2),
            counts("C/C++", 1), 0, 0, 1, 1, 1, counts("crate-type", 1), 0, 0.0, 0.036, 0.0);

    @Test
    void everyLineTheSampleSharesWithUsIsByteIdentical() throws Exception {
        List<String> sample = Files.readAllLines(Samples.sccache().resolve("13-local-sccache-action-post-step-stdout-hits.txt"))
                .subList(4, 32);
        List<String> ours = SccacheOutput.text(SAMPLE_13);
        int compared = 0;
        for (String line : sample) {
            String label = line.length() > 32 ? line.substring(0, 32).strip() : line.strip();
            if (label.isEmpty() || label.startsWith("Cache location") || label.startsWith("Cache size")
                    || label.startsWith("Max cache size")) {
                continue;
            }
            String mine = ours.stream().filter(l -> l.startsWith(label + " ") || l.equals(label)).findFirst().orElse(null);
            assertEquals(line, mine, "line for " + label);
            compared++;
        }
        assertTrue(compared >= 20, "compared " + compared + " lines");
    }

    @Test
    void rateLinesMatchSccachesOwnFormatAndFigures() throws Exception {
        SccacheStats icechunk = new SccacheStats(965, 786, counts("C/C++", 17), counts("C/C++", 52, "Rust", 711),
                0, 351, 0, 6, 167, Map.of(), 12, 0.202, 0.830, 0.114);
        List<String> sample = Files.readAllLines(Samples.sccache().resolve("29-earth-mover-icechunk-424-notice-and-per-lang-rates-truncated.txt"));
        List<String> ours = SccacheOutput.text(icechunk);
        for (String label : List.of("Cache hits rate ", "Cache hits rate (C/C++)", "Cache hits rate (Rust)", "Cache write errors")) {
            assertEquals(sample.stream().filter(l -> l.startsWith(label)).findFirst().orElseThrow(),
                    ours.stream().filter(l -> l.startsWith(label)).findFirst().orElseThrow());
        }
    }

    @Test
    void nothingCompiledPrintsADashForTheRateAndNoReasonsSection() {
        List<String> lines = SccacheOutput.text(SccacheStats.EMPTY);
        assertTrue(lines.contains("Cache hits rate                       -"));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("Non-cacheable reasons")));
        assertEquals("0% - 0 hits, 0 misses, 0 errors", SccacheOutput.notice(SccacheStats.EMPTY));
    }

    @Test
    void theNoticeRoundsHitsOverHitsMissesAndErrorsAsTheActionDoes() {
        assertEquals(88, SAMPLE_13.noticePercent());
        assertEquals("88% - 7 hits, 1 misses, 0 errors", SccacheOutput.notice(SAMPLE_13));
    }

    @Test
    void theJsonLineCarriesTheSameFiguresUnderSccachesKeys() throws Exception {
        JsonNode json = new ObjectMapper().readTree(SccacheOutput.json(SAMPLE_13, RunnerOs.MACOS));
        JsonNode stats = json.get("stats");
        assertEquals(10, stats.get("compile_requests").asInt());
        assertEquals(9, stats.get("requests_executed").asInt());
        assertEquals(5, stats.at("/cache_hits/counts/C~1C++").asInt());
        assertEquals(2, stats.at("/cache_hits/counts/Rust").asInt());
        assertEquals(1, stats.at("/cache_misses/counts/C~1C++").asInt());
        assertEquals(0, stats.at("/cache_errors/counts").size());
        assertEquals(1, stats.at("/not_cached/crate-type").asInt());
        assertEquals("0.10.0", json.get("version").asText());
        for (String key : List.of("requests_unsupported_compiler", "requests_not_compile", "requests_not_cacheable",
                "cache_timeouts", "cache_read_errors", "non_cacheable_compilations", "forced_recaches",
                "cache_write_errors", "cache_writes", "cache_write_duration", "cache_read_hit_duration",
                "compiler_write_duration", "compilations", "compile_fails", "dist_compiles", "dist_errors")) {
            assertTrue(stats.has(key), key);
        }
    }
}
