package dev.wheelhouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixShowCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SATKIT = Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml").toString();

    @Test
    void jsonListsEachMatrixJobWithTypedCombinationsNamesAndCount() throws Exception {
        CliRun run = CliRun.of("matrix", "show", SATKIT, "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals(SATKIT, root.get("file").asText());
        JsonNode job = root.get("jobs").get(0);
        assertEquals("build_wheels", job.get("id").asText());
        assertEquals("build wheels (${{ matrix.os }} ${{ matrix.python }})", job.get("name_template").asText());
        assertFalse(job.get("dynamic").asBoolean());
        assertEquals(20, job.get("count").asInt());
        assertEquals(20, job.get("combinations").size());
        assertEquals("linux", job.get("combinations").get(5).get("platform").asText());
        assertEquals("build wheels (macos-latest cp310)", job.get("names").get(0).asText());
        assertEquals(4, job.get("vectors").get("os").size());
        assertEquals(2, job.get("include").size());
        assertEquals(0, job.get("problems").size());
    }

    @Test
    void numbersStayJsonNumbers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yml");
        Files.writeString(file, "on: push\njobs:\n  t:\n    runs-on: x\n    strategy:\n      matrix:\n"
                + "        python: [3.10, '3.10', 12]\n");
        JsonNode job = JSON.readTree(CliRun.of("matrix", "show", file.toString(), "--json").out()).get("jobs").get(0);
        assertTrue(job.get("combinations").get(0).get("python").isNumber());
        assertEquals("3.1", job.get("combinations").get(0).get("python").asText());
        assertTrue(job.get("combinations").get(1).get("python").isTextual());
        assertTrue(job.get("combinations").get(2).get("python").isIntegralNumber());
        assertEquals("t (3.1)", job.get("names").get(0).asText());
    }

    @Test
    void aDynamicJobSaysSoAndHasNoCount() throws Exception {
        String lxml = Samples.workflow("lxml__lxml__.github_workflows_wheels.yml").toString();
        JsonNode job = JSON.readTree(CliRun.of("matrix", "show", lxml, "--job", "build_wheels", "--json").out())
                .get("jobs").get(0);
        assertTrue(job.get("dynamic").asBoolean());
        assertTrue(job.get("count").isNull());
    }

    @Test
    void anEventDependentJobAddsANote(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yml");
        Files.writeString(file, "on: [push, pull_request]\njobs:\n  t:\n    runs-on: x\n    strategy:\n      matrix:\n"
                + "        os: [a, b]\n        exclude:\n          - os: ${{ github.event_name == 'push' && 'b' || '' }}\n");
        JsonNode job = JSON.readTree(CliRun.of("matrix", "show", file.toString(), "--json").out()).get("jobs").get(0);
        assertEquals(1, job.get("count").asInt());
        assertTrue(job.get("depends_on_event").asBoolean());
        assertTrue(job.get("note").asText().contains("depends on the event"));
    }

    @Test
    void aWorkflowWithErrorsExitsOneAndListsThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yml");
        Files.writeString(file, "on: push\njobs:\n  t:\n    runs-on: x\n    strategy:\n      matrix:\n        os: []\n");
        CliRun run = CliRun.of("matrix", "show", file.toString(), "--json");
        assertEquals(1, run.exitCode());
        JsonNode problem = JSON.readTree(run.out()).get("jobs").get(0).get("problems").get(0);
        assertEquals("error", problem.get("severity").asText());
        assertEquals(7, problem.get("line").asInt());
        assertEquals("Matrix vector 'os' does not contain any values", problem.get("message").asText());
    }

    @Test
    void malformedYamlExitsTwoWithOneLineNamingLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, "on: push\njobs:\n  t:\n    runs-on: [x\n    steps: []\n");
        CliRun run = CliRun.of("matrix", "show", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("line "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aMissingFileOrJobExitsTwo(@TempDir Path dir) {
        CliRun missing = CliRun.of("matrix", "show", dir.resolve("nope.yml").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("There is no file"), missing.err());
        CliRun noJob = CliRun.of("matrix", "show", SATKIT, "--job", "nope");
        assertEquals(2, noJob.exitCode());
        assertTrue(noJob.err().contains("build_wheels"), "lists the jobs there are");
    }

    @Test
    void theTableShowsCountsRowsAndNames() {
        CliRun run = CliRun.of("matrix", "show", SATKIT);
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("build_wheels: 20 jobs"), run.out());
        assertTrue(run.out().contains("build wheels (windows-latest cp314)"));
    }
}
