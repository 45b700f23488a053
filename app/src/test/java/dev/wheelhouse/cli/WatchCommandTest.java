package dev.wheelhouse.cli;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.Environment;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.InMemorySecretStore;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.runs.poll.PollTimer;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;
import dev.wheelhouse.sandbox.sim.CacheFault;
import dev.wheelhouse.sandbox.sim.FailureRule;
import dev.wheelhouse.testing.VirtualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchCommandTest {

    private final VirtualTime time = VirtualTime.startingAt("2026-06-02T09:00:00Z");
    private Sandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private long dispatch(List<FailureRule> failures) throws IOException {
        sandbox = Sandbox.start(SandboxConfig.builder().speed(20).clock(time.clock()).failures(failures).build());
        GitHubClient client = GitHubClient.connect(ApiEndpoint.parse(sandbox.apiUrl()), GitHubToken.of(sandbox.token()),
                ClientOptions.defaults().withClock(time.clock()));
        return client.dispatch(RepositoryRef.parse(sandbox.repo()), "release.yml", "main", Map.of(), true)
                .runId().orElseThrow();
    }

    private WatchDriver virtual() {
        return new WatchDriver() {
            @Override
            public PollTimer timer() {
                return time;
            }

            @Override
            public void runUntil(BooleanSupplier done) {
                if (!time.runUntil(done, Duration.ofHours(2))) {
                    throw new AssertionError("the watch did not end");
                }
            }

            @Override
            public void wake() {
            }

            @Override
            public void close() {
            }
        };
    }

    private CliRun watch(Map<String, String> env, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new WatchCommand(Environment.of(env), InMemorySecretStore::new,
                this::virtual, () -> terminal));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private Map<String, String> token() {
        return Map.of("GH_ENTERPRISE_TOKEN", sandbox.token());
    }

    @Test
    void intoAPipeTheTableIsPrintedOnceAndThenOneLinePerChangeUntilTheRunCompletes() throws IOException {
        long run = dispatch(List.of());

        CliRun r = watch(token(), false, "--repo", sandbox.repo(), "--run", String.valueOf(run), "--api",
                sandbox.apiUrl());

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Run " + run + " · Release · main · workflow_dispatch · attempt 1 · "), r.out());
        assertTrue(r.out().contains("✓  build wheels (macos-latest cp310)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d ✓  build wheels \\(windows-latest cp314\\).*")),
                r.out());
        assertTrue(r.out().contains("24/24 done · 0 failed · 0 running · "));
        assertEquals(r.out().lines().filter(l -> l.contains(" done · ")).count(),
                r.out().lines().filter(l -> l.contains(" done · ")).map(l -> l.replaceAll(".* (\\d+/\\d+ done .* running).*", "$1"))
                        .distinct().count(), "a summary line only when the counts change");
        assertTrue(r.out().endsWith("✓ Run " + run + " (Release) completed with 'success'\n"), r.out());
        assertFalse(r.out().contains("\u001b"), "no escape codes into a pipe");
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d \\*  test before release +[1-9]:\\d\\d +in progress")),
                "a running job's time is measured on the sandbox's simulated clock: " + r.out());
        assertFalse(GitHubToken.of(sandbox.token()).occursIn(r.out() + r.err()));
    }

    @Test
    void onATerminalTheTableIsRedrawnInPlace() throws IOException {
        long run = dispatch(List.of());

        CliRun r = watch(token(), true, "--repo", sandbox.repo(), "--run", String.valueOf(run), "--api",
                sandbox.apiUrl());

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith(JobTable.REDRAW));
        assertTrue(r.out().split(java.util.regex.Pattern.quote(JobTable.REDRAW), -1).length > 3, "redrawn as it goes");
    }

    @Test
    void exitStatusIsOneUnlessTheRunSucceeded() throws IOException {
        long run = dispatch(List.of(FailureRule.of("build wheels (windows-latest cp312)", CacheFault.BUILD_FAILURE)));

        CliRun plain = watch(token(), false, "--repo", sandbox.repo(), "--run", String.valueOf(run), "--api",
                sandbox.apiUrl());
        CliRun strict = watch(token(), false, "--repo", sandbox.repo(), "--run", String.valueOf(run), "--api",
                sandbox.apiUrl(), "--exit-status");

        assertEquals(0, plain.exitCode());
        assertEquals(1, strict.exitCode());
        assertTrue(strict.out().contains("X  build wheels (windows-latest cp312)"), strict.out());
        assertTrue(strict.out().endsWith("X Run " + run + " (Release) completed with 'failure'\n"), strict.out());
    }

    @Test
    void withoutATokenItSaysWhereToPutOne() throws IOException {
        long run = dispatch(List.of());

        CliRun r = watch(Map.of(), false, "--repo", sandbox.repo(), "--run", String.valueOf(run), "--api",
                sandbox.apiUrl());

        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("Set GH_ENTERPRISE_TOKEN"), r.err());
    }

    @Test
    void anUnknownRunIsAOneLineUsageError() throws IOException {
        dispatch(List.of());

        CliRun r = watch(token(), false, "--repo", sandbox.repo(), "--run", "424242", "--api", sandbox.apiUrl());

        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("wheelhouse watch: GitHub found no jobs of workflow run 424242"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void badArgumentsAreUsageErrors() throws IOException {
        dispatch(List.of());

        CliRun repo = watch(token(), false, "--repo", "not a repo", "--run", "1", "--api", sandbox.apiUrl());
        CliRun api = watch(token(), false, "--repo", sandbox.repo(), "--run", "1", "--api", "http://example.com");
        CliRun interval = watch(token(), false, "--repo", sandbox.repo(), "--run", "1", "--api", sandbox.apiUrl(),
                "--interval", "0");

        assertEquals(2, repo.exitCode());
        assertTrue(repo.err().contains("is not a repository name"), repo.err());
        assertEquals(2, api.exitCode());
        assertTrue(api.err().contains("Refusing plain http"), api.err());
        assertEquals(2, interval.exitCode());
        assertTrue(interval.err().contains("--interval"), interval.err());
    }
}
