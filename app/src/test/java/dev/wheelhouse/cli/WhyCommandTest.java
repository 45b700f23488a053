package dev.wheelhouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.Main;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code why LOG…}: the command line as a script meets it (offline files). */
class WhyCommandTest {

    private static JsonNode json(CliRun r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void everySampleUnderANeutralNameGivesItsClassAndKeyLineAsJson(@TempDir Path dir) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(Samples.failures().resolve("EXPECTED.json").toFile());
        List<String> args = new ArrayList<>(List.of("why", "--json"));
        List<JsonNode> wanted = new ArrayList<>();
        int i = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator(); it.hasNext(); i++) {
            Map.Entry<String, JsonNode> e = it.next();
            Path copy = dir.resolve("job-" + i + ".log");
            Files.copy(Samples.failures().resolve(e.getKey()), copy);
            args.add(copy.toString());
            wanted.add(e.getValue());
        }

        CliRun r = CliRun.of(args.toArray(String[]::new));

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        JsonNode files = json(r).get("files");
        assertEquals(wanted.size(), files.size());
        for (int k = 0; k < wanted.size(); k++) {
            JsonNode first = files.get(k).get("failures").get(0);
            List<String> accept = new ArrayList<>();
            wanted.get(k).get("accept").forEach(a -> accept.add(a.asText()));
            assertTrue(accept.contains(first.get("class").asText()), files.get(k).toString());
            List<String> lines = Files.readAllLines(Path.of(args.get(k + 2)), StandardCharsets.UTF_8);
            String keyLine = wanted.get(k).get("key_line").asText();
            int line = first.get("line").asInt();
            assertEquals(keyLine, lines.get(line - 1), files.get(k).toString());
            assertFalse(first.get("message").asText().isBlank());
            assertFalse(first.get("text").asText().contains("\u001b"));
        }
    }

    @Test
    void textNamesClassStepLineLocationAndWhatToDo(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("job.log");
        Files.writeString(log, """
                2024-03-01T12:00:00.0000000Z ##[group]Run pypa/cibuildwheel@v3.2.0
                2024-03-01T12:00:00.0000000Z ##[endgroup]
                2024-03-01T12:00:01.0000000Z    Compiling satkit v0.5.0 (/project)
                2024-03-01T12:00:02.0000000Z \u001b[1m\u001b[31merror[E0308]\u001b[0m: mismatched types
                2024-03-01T12:00:02.0000000Z   --> src/orbit.rs:41:23
                2024-03-01T12:00:02.0000000Z error: could not compile `satkit` (lib) due to 1 previous error
                2024-03-01T12:00:03.0000000Z ##[error]Process completed with exit code 1.
                """);

        CliRun r = CliRun.of("why", log.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("compile-error in step 'Run pypa/cibuildwheel@v3.2.0', line 4"), r.out());
        assertTrue(r.out().contains("> error[E0308]: mismatched types"), r.out());
        assertTrue(r.out().contains("at src/orbit.rs:41"), r.out());
    }

    @Test
    void aLogWithoutAKnownFailureIsUnknownWithNoLine(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("ok.log");
        Files.writeString(log, "   Compiling serde v1.0.197\n    Finished `release` profile in 3s\n");

        CliRun r = CliRun.of("why", log.toString(), "--json");

        assertEquals(0, r.exitCode(), r.err());
        JsonNode first = json(r).get("files").get(0).get("failures").get(0);
        assertEquals("unknown", first.get("class").asText());
        assertTrue(first.get("line").isNull());
    }

    @Test
    void unreadableInputIsExitTwoWithOneLineAndTheOtherFilesStillReported(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("job.log");
        Files.writeString(log, "OSError: [Errno 28] No space left on device\n");

        CliRun r = CliRun.of("why", dir.resolve("missing.log").toString(), dir.toString(), log.toString(), "--json");

        assertEquals(2, r.exitCode());
        assertEquals(2, r.err().lines().count(), r.err());
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("wheelhouse why: ")), r.err());
        JsonNode files = json(r).get("files");
        assertEquals(1, files.size());
        assertEquals("out-of-disk", files.get(0).get("failures").get(0).get("class").asText());
    }

    @Test
    void specialFilesAreRefused() {
        CliRun r = CliRun.of("why", "/dev/zero");

        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void usageErrorsAreExitTwoWithOneLine() {
        for (String[] args : List.of(new String[]{"why"}, new String[]{"why", "--run", "5"},
                new String[]{"why", "--repo", "o/r"}, new String[]{"why", "--repo", "o/r", "--run", "5", "x.log"},
                new String[]{"why", "--repo", "not a repo", "--run", "5"}, new String[]{"why", "--repo", "o/r", "--run", "0"})) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.exitCode(), String.join(" ", args));
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("wheelhouse why: "), r.err());
        }
        assertEquals(2, CliRun.of("why", "--bogus").exitCode());
    }

    @Test
    void helpListsTheCommand() {
        assertTrue(CliRun.of("--help").out().contains("why"));
        assertEquals(0, Main.commandLine().execute("why", "--help"));
    }
}
