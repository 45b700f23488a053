package dev.wheelhouse.testing;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.DispatchAnswer;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.RetryPolicy;
import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.runs.dispatch.InMemoryDispatchLog;
import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.poll.PollPolicy;
import dev.wheelhouse.runs.stats.LogCache;
import dev.wheelhouse.runs.watch.RunMonitor;
import dev.wheelhouse.runs.watch.RunWatcher;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;
import dev.wheelhouse.sandbox.http.RequestStats;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import static org.awaitility.Awaitility.await;

/**
 * A sandbox on virtual time with a client and a run monitor over it: the whole release run is
 * watched over real HTTP in a second or two, and every moment is reproducible.
 */
public final class SandboxRuns implements AutoCloseable {

    public static final RetryPolicy QUICK_RETRIES = new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(4), 0);

    public final VirtualTime time = VirtualTime.startingAt("2026-06-02T09:00:00Z");
    public final Sandbox sandbox;
    public final GitHubClient client;
    public final RepositoryRef repo;
    public final LogCache logs;
    public final RunMonitor monitor;

    public SandboxRuns(Path cacheDir, UnaryOperator<SandboxConfig.Builder> config, RunArchive archive) {
        try {
            this.sandbox = Sandbox.start(config.apply(SandboxConfig.builder().speed(10).clock(time.clock())).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.client = GitHubClient.connect(ApiEndpoint.parse(sandbox.apiUrl()), GitHubToken.of(sandbox.token()),
                ClientOptions.defaults().withClock(time.clock()).withRetry(QUICK_RETRIES));
        this.repo = RepositoryRef.parse(sandbox.repo());
        this.logs = new LogCache(cacheDir, LogCache.DEFAULT_MAX_BYTES, time.clock());
        this.monitor = RunMonitor.create(client, time, PollPolicy.defaults(), logs, archive, new InMemoryDispatchLog(),
                Runnable::run);
    }

    public SandboxRuns(Path cacheDir) {
        this(cacheDir, b -> b, RunArchive.NONE);
    }

    /** Dispatches the release workflow on main and returns the run id. */
    public long dispatchRelease() {
        DispatchAnswer answer = client.dispatch(repo, "release.yml", "main", Map.of(), true);
        return answer.runId().orElseThrow();
    }

    public RunWatcher watch(long runId) {
        return monitor.watch(RunRef.latest(repo, runId));
    }

    /** Runs virtual time until the watcher has seen the run finish and stopped polling. */
    public RunSnapshot watchToTheEnd(RunWatcher watcher) {
        boolean done = time.runUntil(() -> !watcher.polling() && watcher.latest().map(RunSnapshot::finished)
                .orElse(false), Duration.ofHours(2));
        if (!done) {
            throw new AssertionError("the run did not finish within two virtual hours: " + watcher.latest());
        }
        return watcher.latest().orElseThrow();
    }

    /**
     * The sandbox's request counts once every answered request is counted: it records a request
     * just after writing the answer, so a count read the instant the client has its answer may
     * lag by the last request or two. Waits (at most five seconds) until the total has held still
     * for 50 ms; a sandbox that never goes quiet gives its counts as they stand.
     */
    public RequestStats.Snapshot quietStats() {
        AtomicReference<RequestStats.Snapshot> last = new AtomicReference<>(sandbox.stats());
        try {
            return await("the sandbox's request counts to hold still").atMost(Duration.ofSeconds(5))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2)).during(Duration.ofMillis(50))
                    .until(() -> {
                        RequestStats.Snapshot now = sandbox.stats();
                        return now.total() == last.getAndSet(now).total() ? now : null;
                    }, Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            return sandbox.stats();
        }
    }

    public long route(String key) {
        return quietStats().routes().getOrDefault(key, 0L);
    }

    @Override
    public void close() {
        monitor.close();
        sandbox.close();
    }
}
