package dev.wheelhouse.cli;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.Environment;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.InMemorySecretStore;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.model.WorkflowRun;
import dev.wheelhouse.runs.poll.PollTimer;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 6: {@code watch --exit-status} in real time over the sandbox ends within one
 * poll interval of the run's completion, and sends nothing after it decided to end. (It used to
 * wait for a wake-up that never came, and kept its timer polling.)
 */
class WatchEndTest {

    private static final double SPEED = 60;
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    @Test
    void watchEndsWithinOnePollIntervalOfTheRunsCompletionAndSpendsNothingAfter() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().speed(SPEED).build())) {
            GitHubClient client = GitHubClient.connect(ApiEndpoint.parse(sandbox.apiUrl()), GitHubToken.of(sandbox.token()),
                    ClientOptions.defaults());
            RepositoryRef repo = RepositoryRef.parse(sandbox.repo());
            long runId = client.dispatch(repo, "release.yml", "main", Map.of(), true).runId().orElseThrow();
            Instant wallThen = Instant.now();
            Instant simulatedThen = sandbox.simulatedClock().instant();

            AtomicLong requestsAtEnd = new AtomicLong(-1);
            AtomicReference<Instant> decidedAt = new AtomicReference<>();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = CommandLineErrors.install(new CommandLine(new WatchCommand(
                    Environment.of(Map.of("GH_ENTERPRISE_TOKEN", sandbox.token())), InMemorySecretStore::new,
                    () -> recording(WatchDriver.realTime(), () -> {
                        decidedAt.set(Instant.now());
                        requestsAtEnd.set(sandbox.stats().total());
                    }), () -> false)));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));

            int exit = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> cli.execute("--repo", sandbox.repo(),
                    "--run", Long.toString(runId), "--api", sandbox.apiUrl(), "--interval", "1", "--exit-status"));

            assertEquals(0, exit, err.toString());
            assertEquals("", err.toString());
            assertTrue(out.toString().contains("24/24 done"), out.toString());
            // The poller is gone: nothing can be sent after the decision.
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals("wheelhouse-run-poller")) {
                    t.join(10_000);
                    assertFalse(t.isAlive(), "the watch's poller still runs");
                }
            }
            assertEquals(requestsAtEnd.get(), sandbox.stats().total(), "requests after the watch decided to end");

            WorkflowRun run = client.run(repo, runId);
            Instant completedWall = wallThen.plusNanos(Math.round(
                    Duration.between(simulatedThen, run.updatedAt()).toNanos() / SPEED));
            Duration late = Duration.between(completedWall, decidedAt.get());
            // The simulated clock has whole seconds: the completion reads up to 1/SPEED s early.
            assertTrue(late.compareTo(INTERVAL.plusMillis(500)) <= 0,
                    "the watch ended " + late.toMillis() + " ms after the run completed");
        }
    }

    /** The real-time driver, telling {@code onDone} the moment the watch decides to end. */
    private static WatchDriver recording(WatchDriver real, Runnable onDone) {
        return new WatchDriver() {
            @Override
            public PollTimer timer() {
                return real.timer();
            }

            @Override
            public void runUntil(BooleanSupplier done) throws InterruptedException {
                real.runUntil(done);
                onDone.run();
            }

            @Override
            public void wake() {
                real.wake();
            }

            @Override
            public void close() {
                real.close();
            }
        };
    }

}
