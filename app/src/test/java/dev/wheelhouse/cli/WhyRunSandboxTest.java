package dev.wheelhouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.Environment;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.InMemorySecretStore;
import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.sandbox.sim.CacheFault;
import dev.wheelhouse.sandbox.sim.FailureRule;
import dev.wheelhouse.testing.SandboxRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code why --run} and {@code logs} driven to their end over real HTTP against the sandbox. */
class WhyRunSandboxTest {

    private static final String WINDOWS_312 = "build wheels (windows-latest cp312)";
    private static final String MACOS_310 = "build wheels (macos-latest cp310)";

    private static SandboxRuns runs;
    private static long runId;

    @BeforeAll
    static void failedRun() throws IOException {
        Path cache = Files.createTempDirectory("why-sandbox");
        runs = new SandboxRuns(cache, b -> b.failures(List.of(
                FailureRule.of(WINDOWS_312, CacheFault.COMPILE_ERROR),
                FailureRule.of(MACOS_310, CacheFault.TEST_FAILURE))), RunArchive.NONE);
        runId = runs.dispatchRelease();
        runs.watchToTheEnd(runs.watch(runId));
    }

    @AfterAll
    static void stop() {
        runs.close();
    }

    private static CliRun run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private static ApiAccess access(Map<String, String> env) {
        return new ApiAccess(Environment.of(env), InMemorySecretStore::new,
                ClientOptions.defaults().withRetry(SandboxRuns.QUICK_RETRIES));
    }

    private static ApiAccess withToken() {
        return access(Map.of("GH_ENTERPRISE_TOKEN", runs.sandbox.token()));
    }

    private static String[] runArgs(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--repo", runs.sandbox.repo(), "--run",
                String.valueOf(runId), "--api", runs.sandbox.apiUrl()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void whyJsonNamesACompileErrorAndATestFailureWithTheirStepKeyLineAndPlace() throws IOException {
        CliRun r = run(new WhyCommand(withToken()), runArgs("--json"));

        assertEquals(0, r.exitCode(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode jobs = root.get("jobs");
        assertEquals(2, jobs.size(), r.out());
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        jobs.forEach(j -> byName.put(j.get("name").asText(), j));
        JsonNode compile = byName.get(WINDOWS_312).get("failures").get(0);
        assertEquals("compile-error", compile.get("class").asText(), compile.toString());
        assertEquals("Build wheels", compile.get("step").asText());
        assertEquals("error[E0308]: mismatched types", compile.get("text").asText());
        assertEquals("src\\orbit.rs:41", compile.get("source_location").asText());
        JsonNode test = byName.get(MACOS_310).get("failures").get(0);
        assertEquals("test-failure", test.get("class").asText(), test.toString());
        assertEquals("Build wheels", test.get("step").asText());
        assertTrue(test.get("text").asText().startsWith("FAILED tests/test_orbit.py::test_period_of_leo"), test.toString());
        for (JsonNode job : jobs) {
            assertTrue(job.get("id").asLong() > 0);
            assertTrue(job.get("failures").get(0).get("line").asInt() > 1);
        }
        assertEquals(2, root.get("groups").size(), root.get("groups").toString());
        assertFalse(GitHubToken.of(runs.sandbox.token()).occursIn(r.out() + r.err()));
    }

    @Test
    void theKeyLineNumberPointsAtThatLineOfTheJobLog() throws IOException {
        JsonNode root = new ObjectMapper().readTree(run(new WhyCommand(withToken()), runArgs("--json")).out());
        CliRun log = run(new LogsCommand(withToken()), runArgs("--job", WINDOWS_312));
        for (JsonNode job : root.get("jobs")) {
            if (!job.get("name").asText().equals(WINDOWS_312)) {
                continue;
            }
            JsonNode f = job.get("failures").get(0);
            String line = log.out().lines().skip(f.get("line").asLong() - 1).findFirst().orElseThrow();
            assertTrue(line.endsWith("Z " + f.get("text").asText()), line);
        }
    }

    @Test
    void whyTextEndsWithTheReasonsAndTheirCounts() {
        CliRun r = run(new WhyCommand(withToken()), runArgs());

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains(WINDOWS_312 + " (job "), r.out());
        assertTrue(r.out().contains("Reasons:\n"), r.out());
        assertTrue(r.out().contains("  compile-error in 1 cell: src/orbit.rs:41 `mismatched types`"), r.out());
        assertTrue(r.out().contains("  test-failure in 1 cell: "), r.out());
    }

    @Test
    void logsPrintJobStepAndLineForEveryLineAndFailedOnlyTheFailedSteps() {
        CliRun all = run(new LogsCommand(withToken()), runArgs("--job", WINDOWS_312));
        CliRun failed = run(new LogsCommand(withToken()), runArgs("--failed"));

        assertEquals(0, all.exitCode(), all.err());
        assertTrue(all.out().lines().allMatch(l -> l.startsWith(WINDOWS_312 + "\t")), all.out());
        assertTrue(all.out().lines().anyMatch(l -> l.startsWith(WINDOWS_312 + "\tSet up job\t")), all.out());
        assertTrue(all.out().lines().anyMatch(l -> l.matches(".*\tBuild wheels\t\\S+Z error\\[E0308\\].*")), all.out());
        assertTrue(all.out().lines().anyMatch(l -> l.startsWith(WINDOWS_312 + "\tPost Set up sccache\t")), all.out());
        assertEquals(0, failed.exitCode(), failed.err());
        assertTrue(failed.out().lines().allMatch(l -> l.startsWith(WINDOWS_312 + "\tBuild wheels\t")
                || l.startsWith(MACOS_310 + "\tBuild wheels\t")), failed.out());
        assertTrue(failed.out().lines().anyMatch(l -> l.startsWith(MACOS_310 + "\t")), failed.out());
        assertTrue(failed.out().lines().count() < all.out().lines().count() * 2);
    }

    /**
     * {@code logs | head}: once nobody reads its output the command stops, quietly and with exit 1,
     * instead of downloading every other job's log into a closed pipe.
     */
    @Test
    void logsStopsDownloadingOnceNobodyReadsItsOutput() {
        ByteArrayOutputStream attempted = new ByteArrayOutputStream();
        OutputStream closedAfterALittle = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                attempted.write(b);
                if (attempted.size() > 4096) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new LogsCommand(withToken()));
        cli.setOut(StandardOutput.over(closedAfterALittle));
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute(runArgs());

        assertEquals(1, code);
        assertEquals("", err.toString());
        List<String> jobs = attempted.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("\t")).map(l -> l.substring(0, l.indexOf('\t'))).distinct().toList();
        assertEquals(1, jobs.size(), "lines of one job only were written: " + jobs);
    }

    /** The run's tag-only jobs were skipped (it ran on a branch): they have no log, and gh prints none. */
    @Test
    void logsOfTheWholeRunPassOverTheSkippedJobs() {
        CliRun all = run(new LogsCommand(withToken()), runArgs());

        assertEquals(0, all.exitCode(), all.err());
        assertEquals("", all.err());
        assertTrue(all.out().lines().anyMatch(l -> l.startsWith(WINDOWS_312 + "\t")), all.out());
        assertTrue(all.out().lines().anyMatch(l -> l.startsWith("test before release\t")), all.out());
    }

    @Test
    void noTokenNoSuchRunAndNoSuchJobAreExitTwoWithOneLine() {
        CliRun noToken = run(new WhyCommand(access(Map.of())), runArgs());
        CliRun noRun = run(new WhyCommand(withToken()), "--repo", runs.sandbox.repo(), "--run", "999999999",
                "--api", runs.sandbox.apiUrl());
        CliRun noJob = run(new LogsCommand(withToken()), runArgs("--job", "nonesuch"));

        for (CliRun r : List.of(noToken, noRun, noJob)) {
            assertEquals(2, r.exitCode(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void anUnreachableApiIsExitOneWithOneLine() {
        CliRun r = run(new WhyCommand(withToken()), "--repo", runs.sandbox.repo(), "--run", "5", "--api",
                "http://127.0.0.1:1");

        assertEquals(1, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
