package dev.wheelhouse.ui.demo;

import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.runs.archive.HistoryRunArchive;
import dev.wheelhouse.runs.dispatch.InMemoryDispatchLog;
import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.poll.ExecutorPollTimer;
import dev.wheelhouse.runs.poll.PollPolicy;
import dev.wheelhouse.runs.stats.LogCache;
import dev.wheelhouse.runs.watch.RunMonitor;
import dev.wheelhouse.runs.watch.RunWatcher;
import dev.wheelhouse.ui.AppContext;
import dev.wheelhouse.ui.cache.CacheScreen;
import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.task.BackgroundTask;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code -Dwheelhouse.demo.cacheRuns=N}: against the built-in sandbox only, dispatches the demo
 * repository's release workflow N times, one run after the other, each watched to the end by a
 * {@link RunMonitor} that keeps it in the history, and brings the Cache screen to the front: its
 * trend grows a point per run (cold, then warm) and its storage lists the entries the runs wrote.
 * For demos, screenshots and the whole-app test of issue 7; a GitHub connection is never touched.
 */
public final class DemoRuns {

    public static final String PROPERTY = "wheelhouse.demo.cacheRuns";
    private static final System.Logger LOG = System.getLogger("dev.wheelhouse.ui.cache");
    /** A release run takes about twelve simulated minutes; an hour of them is a sandbox that stopped. */
    private static final long SIMULATED_MINUTES_PER_RUN = 60;

    private DemoRuns() {
    }

    /** Starts the demo once the sandbox is connected, when {@value #PROPERTY} asks for runs. */
    public static void startIfAsked(AppContext context, CacheScreen screen, Runnable bringToFront) {
        int runs = Integer.getInteger(PROPERTY, 0);
        if (runs <= 0) {
            return;
        }
        boolean[] started = {false};
        context.connections().connectionProperty().addListener((obs, old, connection) -> {
            if (connection == null || started[0]) {
                return;
            }
            if (!connection.isSandbox()) {
                LOG.log(System.Logger.Level.WARNING, PROPERTY + " runs only against the built-in sandbox");
                return;
            }
            started[0] = true;
            bringToFront.run();
            context.executor().execute(BackgroundTask.of("Demo: " + runs + " release runs",
                    () -> dispatchAndWatch(context, screen, connection, runs))
                    .onFailure(e -> LOG.log(System.Logger.Level.WARNING, "the cache demo stopped", e)));
        });
    }

    private static int dispatchAndWatch(AppContext context, CacheScreen screen, Connection connection, int runs)
            throws InterruptedException {
        double speed = connection.sandbox().orElseThrow().config().speed();
        ExecutorService statsPool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "wheelhouse-demo-stats");
            t.setDaemon(true);
            return t;
        });
        ExecutorPollTimer timer = ExecutorPollTimer.systemClock();
        RunMonitor monitor = RunMonitor.create(connection.client(), timer, PollPolicy.defaults().scaled(1 / speed),
                LogCache.openDefault(), new HistoryRunArchive(context.history(), Clock.systemUTC()),
                new InMemoryDispatchLog(), statsPool);
        // Figures of a finished run keep arriving after it ends: the monitor lives as long as the app.
        context.closeOnExit(statsPool::shutdownNow);
        context.closeOnExit(timer);
        context.closeOnExit(monitor);
        RepositoryRef repo = connection.repository();
        long waitMillis = Math.max(60_000, Math.round(SIMULATED_MINUTES_PER_RUN * 60_000 / speed));
        for (int i = 0; i < runs; i++) {
            long runId = connection.client().dispatch(repo, "release.yml", "main", Map.of(), true).runId()
                    .orElseThrow(() -> new IllegalStateException("the sandbox did not name the dispatched run"));
            RunWatcher watcher = monitor.watch(RunRef.latest(repo, runId));
            CountDownLatch finished = new CountDownLatch(1);
            watcher.subscribe(snapshot -> {
                context.executor().runOnUiThread(screen.trends()::refresh);
                if (snapshot.finished() && finished.getCount() > 0) {
                    finished.countDown();
                    context.executor().runOnUiThread(screen.storage()::refresh);
                }
            });
            if (!finished.await(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("run " + runId + " did not finish in " + waitMillis / 1000 + " s: "
                        + watcher.latest().map(s -> s.summaryLine(connection.clock().instant())).orElse("no answer"));
            }
        }
        return runs;
    }
}
