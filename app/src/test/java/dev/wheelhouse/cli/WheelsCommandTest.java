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

class WheelsCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A clone laid out as on disk: .github/workflows/release.yml beside pyproject.toml. */
    private static Path satkitClone(Path dir) throws IOException {
        Path workflows = Files.createDirectories(dir.resolve(".github/workflows"));
        Files.copy(Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml"), workflows.resolve("release.yml"));
        Files.copy(Samples.workflow("ssmichael1__satkit__pyproject.toml"), dir.resolve("pyproject.toml"));
        return workflows.resolve("release.yml");
    }

    @Test
    void jsonListsEverySatkitJobWithItsWheelsReadingThePyprojectOfTheClone(@TempDir Path dir) throws IOException {
        Run run = run("wheels", satkitClone(dir).toString(), "--job", "build_wheels", "--json");

        assertEquals(0, run.exit(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(20, root.get("jobs").size());
        JsonNode first = root.get("jobs").get(0);
        assertEquals("build wheels (macos-latest cp310)", first.get("name").asText());
        assertEquals("macos", first.get("runner").get("os").asText());
        assertEquals("arm64", first.get("runner").get("arch").asText());
        assertEquals("known", first.get("outcome").asText());
        List<String> wheels = new ArrayList<>();
        first.get("wheels").forEach(w -> wheels.add(w.asText()));
        assertEquals(List.of("cp310-macosx_x86_64", "cp310-macosx_arm64"), wheels);
        assertEquals("3.2.0", first.get("steps").get(0).get("cibuildwheel").asText());
    }

    @Test
    void theTableSaysWhenNoRepositoryIsAtHand() {
        Run run = run("wheels", Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml").toString(),
                "--job", "build_wheels");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("pyproject.toml settings are not applied"), run.out());
        assertTrue(run.out().contains("build wheels (ubuntu-24.04-arm cp312)"), run.out());
    }

    @Test
    void settingsCibuildwheelRejectsExitWithOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("wheels.yml");
        Files.writeString(file, """
                on: push
                jobs:
                  wheels:
                    runs-on: macos-14
                    steps:
                      - uses: pypa/cibuildwheel@v3.2.0
                        env:
                          CIBW_ARCHS_MACOS: AMD64
                """);

        Run run = run("wheels", file.toString());

        assertEquals(1, run.exit());
        assertTrue(run.out().contains("macOS only supports"), run.out());
    }

    @Test
    void jsonGivesEachStepsResolvedOptionsAndWhereEachCameFrom(@TempDir Path dir) throws IOException {
        Run run = run("wheels", satkitClone(dir).toString(), "--job", "build_wheels", "--json");

        JsonNode linux = null;
        for (JsonNode job : new ObjectMapper().readTree(run.out()).get("jobs")) {
            if (job.get("name").asText().equals("build wheels (ubuntu-latest cp312)")) {
                linux = job.get("steps").get(0).get("options");
            }
        }
        assertEquals("linux", linux.get("platform").asText());
        assertEquals("x86_64", linux.get("archs").asText(), "auto on an x86_64 runner, as cibuildwheel 3.2.0 reads it");
        assertEquals("cp312-*", linux.get("build").asText());
        assertEquals("", linux.get("enable").asText());
        assertEquals(">= 3.10", linux.get("requires_python").asText());
        JsonNode source = linux.get("source");
        assertEquals("runner (platform auto)", source.get("platform").asText());
        assertEquals("CIBW_BUILD (job env)", source.get("build").asText());
        assertTrue(source.get("skip").asText().contains("pyproject.toml"), source.toString());
        assertEquals("[project] in pyproject.toml", source.get("requires_python").asText());
    }

    @Test
    void anEnableGroupThePinnedReleaseDroppedFailsWithItsMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("wheels.yml");
        Files.writeString(file, """
                on: push
                env:
                  CIBW_ENABLE: cpython-freethreading
                jobs:
                  wheels:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: pypa/cibuildwheel@v4.1.1
                """);

        Run run = run("wheels", file.toString(), "--json");

        assertEquals(1, run.exit(), run.err());
        JsonNode step = new ObjectMapper().readTree(run.out()).get("jobs").get(0).get("steps").get(0);
        assertEquals("fails", step.get("determination").asText());
        assertTrue(step.get("explanations").get(0).asText().contains("Unknown enable group: cpython-freethreading"),
                step.toString());
        assertEquals("CIBW_ENABLE (workflow env)", step.get("options").get("source").get("enable").asText());
    }

    @Test
    void anUnknownJobOrAMissingFileIsAUsageErrorInOneLine(@TempDir Path dir) {
        Run unknownJob = run("wheels", Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml").toString(),
                "--job", "nope");
        Run missing = run("wheels", dir.resolve("missing.yml").toString());

        assertEquals(2, unknownJob.exit());
        assertTrue(unknownJob.err().contains("No job 'nope'"), unknownJob.err());
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());
    }
}
