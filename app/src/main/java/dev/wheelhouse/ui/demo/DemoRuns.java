package dev.wheelhouse.ui.demo;

import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.watch.RunWatcher;
import dev.wheelhouse.ui.cache.CacheScreen;
import dev.wheelhouse.ui.connection.ConnectedMonitor;
import dev.wheelhouse.ui.connection.MonitoredRepository;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code -Dwheelhouse.demo.cacheRuns=N}: against the built-in sandbox only, dispatches the demo
 * repository's release workflow N times, one run after the other, each watched to the end by the
 * app's own run monitor (which keeps it in the history), and brings the Cache screen to the front:
 * its trend grows a point per run (cold, then warm) and its storage lists the entries the runs
 * wrote. For demos, screenshots and the whole-app test of issue 7; a GitHub connection is never
 * touched.
 */
public final class DemoRuns {

    private static final System.Logger LOG = System.getLogger("dev.wheelhouse.ui.demo");
    /** A release run takes about twelve simulated minutes; an hour of them is a sandbox that stopped. */
    private static final long SIMULATED_MINUTES_PER_RUN = 60;

    private DemoRuns() {
    }

    /** Starts the demo once the sandbox is connected, when {@code runs} is more than none. */
    public static void startIfAsked(int runs, ConnectedMonitor services, TaskExecutor executor, CacheScreen screen,
                                    Runnable bringToFront) {
        if (runs <= 0) {
            return;
        }
        boolean[] started = {false};
        services.currentProperty().addListener((obs, old, repository) -> {
            if (repository == null || started[0]) {
                return;
            }
            if (!repository.connection().isSandbox()) {
                LOG.log(System.Logger.Level.WARNING, "wheelhouse.demo.cacheRuns runs only against the built-in sandbox");
                return;
            }
            started[0] = true;
            bringToFront.run();
            executor.execute(BackgroundTask.of("Demo: " + runs + " release runs",
                    () -> dispatchAndWatch(repository, executor, screen, runs))
                    .onFailure(e -> LOG.log(System.Logger.Level.WARNING, "the cache demo stopped", e)));
        });
    }

    private static int dispatchAndWatch(MonitoredRepository repository, TaskExecutor executor, CacheScreen screen,
                                        int runs) throws InterruptedException {
        double speed = repository.connection().sandbox().orElseThrow().config().speed();
        long waitMillis = Math.max(60_000, Math.round(SIMULATED_MINUTES_PER_RUN * 60_000 / speed));
        for (int i = 0; i < runs; i++) {
            long runId = repository.client().dispatch(repository.repository(), "release.yml", "main", Map.of(), true)
                    .runId().orElseThrow(() -> new IllegalStateException("the sandbox did not name the dispatched run"));
            CountDownLatch finished = new CountDownLatch(1);
            // The app's monitor writes the history and the Cache screen hears of it as figures arrive.
            // Figures of a finished run keep arriving after it ends: its watcher stays open.
            RunWatcher watcher = repository.monitor().watch(RunRef.latest(repository.repository(), runId));
            watcher.subscribe(snapshot -> {
                if (snapshot.finished() && finished.getCount() > 0) {
                    finished.countDown();
                    executor.runOnUiThread(screen.storage()::refresh);
                }
            });
            if (!finished.await(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("run " + runId + " did not finish in " + waitMillis / 1000 + " s: "
                        + watcher.latest().map(s -> s.summaryLine(repository.clock().instant())).orElse("no answer"));
            }
        }
        return runs;
    }
}
