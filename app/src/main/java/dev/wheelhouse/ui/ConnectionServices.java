package dev.wheelhouse.ui;

import dev.wheelhouse.github.WaitingSleeper;
import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.release.GitHubReleaseSource;
import dev.wheelhouse.runs.archive.HistoryRunArchive;
import dev.wheelhouse.runs.archive.ObservedRunArchive;
import dev.wheelhouse.runs.caches.ActionsCaches;
import dev.wheelhouse.runs.catalog.WorkflowCatalog;
import dev.wheelhouse.runs.dispatch.HistoryDispatchLog;
import dev.wheelhouse.runs.dispatch.PushAndDispatch;
import dev.wheelhouse.runs.dispatch.WorkflowDispatcher;
import dev.wheelhouse.runs.poll.ExecutorPollTimer;
import dev.wheelhouse.runs.poll.PollPolicy;
import dev.wheelhouse.runs.stats.LogCache;
import dev.wheelhouse.runs.watch.RunMonitor;
import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.connection.MonitoredRepository;
import dev.wheelhouse.ui.connection.RepositoryWiring;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The services of one connection, wired: one run monitor (its poller thread, two log workers, the
 * log cache, the history), the workflow catalog, the dispatcher and the pusher, the Actions cache.
 * Against the sandbox, whose runs go {@code speed} times faster, runs are polled as often as a
 * real run would be.
 */
public final class ConnectionServices implements RepositoryWiring {

    private final Path logCacheDir;
    private final Supplier<HistoryStore> history;

    /**
     * @param logCacheDir where job logs are kept (200 MB at most)
     * @param history     the history, opened on first use (this runs in a background task)
     */
    public ConnectionServices(Path logCacheDir, Supplier<HistoryStore> history) {
        this.logCacheDir = logCacheDir;
        this.history = history;
    }

    @Override
    public Wired wire(Connection connection, Runnable historyWritten) {
        HistoryStore store = history.get();
        double speed = connection.sandbox().map(s -> s.config().speed()).orElse(1.0);
        ExecutorPollTimer timer = ExecutorPollTimer.systemClock();
        AtomicInteger count = new AtomicInteger();
        ExecutorService statsPool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "wheelhouse-job-logs-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HistoryDispatchLog dispatches = new HistoryDispatchLog(store);
        RunMonitor monitor = RunMonitor.create(connection.client(), timer, PollPolicy.defaults().scaled(1 / speed),
                new LogCache(logCacheDir, LogCache.DEFAULT_MAX_BYTES, Clock.systemUTC()),
                new ObservedRunArchive(new HistoryRunArchive(store, Clock.systemUTC()), historyWritten),
                dispatches, statsPool);
        WorkflowDispatcher dispatcher = new WorkflowDispatcher(connection.client(), dispatches, connection.clock(),
                new WaitingSleeper(), Duration.ofSeconds(2));
        MonitoredRepository repository = new MonitoredRepository(connection, monitor, dispatches,
                new WorkflowCatalog(connection.client()), dispatcher,
                new PushAndDispatch(connection.client(), dispatcher), new ActionsCaches(connection.client()),
                Optional.of(new GitHubReleaseSource(connection.client(), connection.repository())));
        return new Wired() {
            @Override
            public MonitoredRepository repository() {
                return repository;
            }

            @Override
            public void close() {
                monitor.close();
                timer.close();
                statsPool.shutdownNow();
            }

            @Override
            public void closeAndWait(Duration wait) {
                close();
                try {
                    statsPool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
