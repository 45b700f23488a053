package dev.wheelhouse.ui.runs;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.RetryPolicy;
import dev.wheelhouse.runs.dispatch.InMemoryDispatchLog;
import dev.wheelhouse.runs.stats.LogCache;
import dev.wheelhouse.runs.poll.PollPolicy;
import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.runs.watch.RunMonitor;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;
import dev.wheelhouse.testing.VirtualTime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * The real sandbox over HTTP on virtual time, with the run monitor the runs screen uses: a whole
 * release run goes by in a second or two of test time, and nobody sleeps.
 */
final class RunsSandbox implements AutoCloseable {

    static final double SPEED = 10;

    final VirtualTime time = VirtualTime.startingAt("2026-06-02T09:00:00Z");
    final Sandbox sandbox;
    final GitHubClient client;
    final RepositoryRef repo;
    final RunMonitor monitor;
    final MonitoredRepository repository;

    RunsSandbox(Path cacheDir, UnaryOperator<SandboxConfig.Builder> config, RunArchive archive) {
        try {
            sandbox = Sandbox.start(config.apply(SandboxConfig.builder().speed(SPEED).clock(time.clock())).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client = GitHubClient.connect(ApiEndpoint.parse(sandbox.apiUrl()), GitHubToken.of(sandbox.token()),
                ClientOptions.defaults().withClock(time.clock())
                        .withRetry(new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(4), 0)));
        repo = RepositoryRef.parse(sandbox.repo());
        // As the app polls the sandbox: as often, in its simulated time, as a real run would be polled.
        // One dispatch log for the monitor and the screen, as the app has.
        InMemoryDispatchLog dispatches = new InMemoryDispatchLog();
        monitor = RunMonitor.create(client, time, PollPolicy.defaults().scaled(1 / SPEED),
                new LogCache(cacheDir, LogCache.DEFAULT_MAX_BYTES, time.clock()), archive, dispatches,
                Runnable::run);
        repository = new MonitoredRepository(monitor, repo, sandbox.simulatedClock(), dispatches);
    }

    RunsSandbox(Path cacheDir) {
        this(cacheDir, b -> b, RunArchive.NONE);
    }

    long dispatchRelease() {
        return client.dispatch(repo, "release.yml", "main", Map.of(), true).runId().orElseThrow();
    }

    /** Runs virtual time until {@code done} holds; fails after two virtual hours. */
    void runUntil(BooleanSupplier done, String what) {
        if (!time.runUntil(done, Duration.ofHours(2))) {
            throw new AssertionError("never happened within two virtual hours: " + what);
        }
    }

    @Override
    public void close() {
        monitor.close();
        sandbox.close();
    }
}
