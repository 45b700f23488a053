package dev.wheelhouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.Main;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static String sample(String name) {
        return Samples.sccache().resolve(name).toString();
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void jsonGivesEachBlockWithNullForFiguresTheLogDoesNotGive() throws IOException {
        assertEquals(0, run("stats", sample("13-local-sccache-action-post-step-stdout-hits.txt"), "--json"));
        JsonNode file = json().get("files").get(0);
        assertTrue(file.get("path").asText().endsWith("13-local-sccache-action-post-step-stdout-hits.txt"));
        JsonNode blocks = file.get("blocks");
        assertEquals(4, blocks.size());
        JsonNode text = blocks.get(0);
        assertEquals("text", text.get("format").asText());
        assertEquals(10, text.get("compile_requests").asInt());
        assertEquals(9, text.get("requests_executed").asInt());
        assertEquals(87.5, text.get("hit_rate_percent").asDouble());
        assertEquals(5, text.get("languages").get("C/C++").get("hits").asInt());
        assertEquals(0, text.get("languages").get("Rust").get("misses").asInt());
        assertEquals("Local disk: \"/tmp/scc\"", text.get("cache_location").asText());
        assertTrue(text.get("version").isNull(), "0.4.0-pre.6 prints no version line");
        assertEquals("Get human-readable stats", text.get("group").asText());
        JsonNode notice = blocks.get(2);
        assertEquals("notice", notice.get("format").asText());
        assertTrue(notice.get("compile_requests").isNull());
        assertTrue(notice.get("requests_executed").isNull());
        assertTrue(notice.get("hit_rate_percent").isIntegralNumber(), "the notice's own whole number");
        assertEquals(88, notice.get("hit_rate_percent").asInt());
        assertEquals(0, notice.get("languages").size());
        assertEquals(0, file.get("diagnoses").size());
    }

    @Test
    void jsonTotalAddsEachFilesLastReadingNotEveryBlock() throws IOException {
        assertEquals(0, run("stats", "--json", sample("13-local-sccache-action-post-step-stdout-hits.txt"),
                sample("24-uutils-coreutils-4486-0.4.0pre9-ghac-gha-log.txt")));
        JsonNode total = json().get("total");
        assertEquals(7 + 226, total.get("hits").asInt());
        assertEquals(1 + 13, total.get("misses").asInt());
        assertEquals(0, total.get("errors").asInt());
        assertEquals(94.33, total.get("hit_rate_percent").asDouble(), 0.001);   // 233 / 247
    }

    @Test
    void jsonTotalRateIsNullWhenNothingCompiled() throws IOException {
        run("stats", "--json", sample("28-mozilla-sccache-2211-0.8.1dev-hit-rate-dash.txt"));
        JsonNode root = json();
        assertTrue(root.get("total").get("hit_rate_percent").isNull());
        assertEquals(0, root.get("total").get("hits").asInt());
        assertTrue(root.get("files").get(0).get("blocks").get(0).get("hit_rate_percent").isNull());
        assertEquals("no-compilations", root.get("files").get(0).get("diagnoses").get(0).get("code").asText());
    }

    @Test
    void jsonDiagnosesCarryCodeAndMessage() throws IOException {
        run("stats", "--json", sample("42-matter-labs-era-consensus-247-error-gha-cache-v1-sunset.txt"));
        JsonNode file = json().get("files").get(0);
        assertEquals(0, file.get("blocks").size());
        List<String> codes = new ArrayList<>();
        file.get("diagnoses").forEach(d -> {
            codes.add(d.get("code").asText());
            assertFalse(d.get("message").asText().isBlank());
        });
        assertEquals(List.of("server-startup-failed", "gha-cache-service"), codes);
        assertTrue(file.get("job").isNull());
        assertTrue(json().get("total").get("hits").isNull(), "no file held figures");
    }

    @Test
    void humanOutputShowsTheRateWithTheLabelOfTheToolThatDefinedIt() {
        assertEquals(0, run("stats", sample("29-earth-mover-icechunk-424-notice-and-per-lang-rates-truncated.txt")));
        String text = out.toString();
        assertTrue(text.contains("Cache hit % 2%"), text);
        assertTrue(text.contains("Cache hits rate 2.18 %"), text);
        assertTrue(text.contains("! cache-errors:"), text);
        assertTrue(text.contains("total: 17 hits, 763 misses, 0 errors; Cache hits rate 2.18 %"), text);
    }

    @Test
    void humanOutputSaysNothingCompiledInsteadOfZeroPercent() {
        run("stats", sample("16-local-sccache-action-post-step-stdout-server-restarted-zero.txt"));
        assertTrue(out.toString().contains("total: 0 hits, 0 misses, 0 errors; Cache hits rate - (nothing compiled"),
                out.toString());
    }

    @Test
    void aMissingFileGetsAOneLineMessageExitTwoAndTheOtherFilesAreStillReported(@TempDir Path dir)
            throws IOException {
        Path missing = dir.resolve("nope.log");
        int exit = run("stats", "--json", missing.toString(), sample("02-local-0.4.0pre6-cold-c-build.txt"));
        assertEquals(2, exit);
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("no such file: " + missing), message);
        assertFalse(message.contains("Exception"), message);
        assertEquals(1, json().get("files").size());
        assertEquals(4, json().get("total").get("misses").asInt());

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertEquals(2, run("stats", dir.toString()));
        assertTrue(err.toString().contains("is a directory"), err.toString());
        Files.writeString(dir.resolve("empty.log"), "");
        out.getBuffer().setLength(0);
        assertEquals(0, run("stats", dir.resolve("empty.log").toString()));
        assertTrue(out.toString().contains("no sccache statistics in this file"));
    }

    @Test
    void noLogIsAUsageError() {
        assertEquals(2, run("stats"));
        assertTrue(err.toString().contains("LOG"), err.toString());
    }
}
