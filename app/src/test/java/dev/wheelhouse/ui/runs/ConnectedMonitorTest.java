package dev.wheelhouse.ui.runs;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.TokenSource;
import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.runs.watch.NotificationSettings;
import dev.wheelhouse.runs.poll.PauseReason;
import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.watch.RunWatcher;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;
import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectedMonitorTest {

    @TempDir
    Path data;

    private final List<Sandbox> sandboxes = new ArrayList<>();
    private final AtomicBoolean failuresOnly = new AtomicBoolean();
    private final SimpleObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private HistoryStore history;
    private ConnectedMonitor monitors;

    @BeforeEach
    void start() {
        System.setProperty("wheelhouse.cacheDir", data.resolve("cache").toString());
        history = HistoryStore.open(data.resolve("history.db"));
        monitors = new ConnectedMonitor(new DirectTaskExecutor(), () -> history, failuresOnly::get);
    }

    @AfterEach
    void stop() {
        monitors.close();
        sandboxes.forEach(Sandbox::close);
        history.close();
        System.clearProperty("wheelhouse.cacheDir");
    }

    private Connection sandboxAt(double speed) throws Exception {
        Sandbox sandbox = Sandbox.start(SandboxConfig.builder().speed(speed).build());
        sandboxes.add(sandbox);
        GitHubClient client = GitHubClient.connect(ApiEndpoint.parse(sandbox.apiUrl()), GitHubToken.of(sandbox.token()),
                ClientOptions.defaults());
        return new Connection(ApiEndpoint.parse(sandbox.apiUrl()), client, RepositoryRef.parse(sandbox.repo()),
                TokenSource.SANDBOX, client.testConnection(), Optional.of(sandbox));
    }

    @Test
    void eachConnectionGetsAMonitorPollingAtTheSandboxsPaceAndTheOldOneIsClosed() throws Exception {
        monitors.follow(connection);
        assertNull(monitors.currentProperty().get());

        Connection fast = sandboxAt(20);
        connection.set(fast);
        MonitoredRepository first = monitors.currentProperty().get();
        assertEquals(Duration.ofMillis(250), first.monitor().scheduler().policy().interval(),
                "5 s of the sandbox's time, which runs twenty times as fast");
        assertEquals(fast.repository(), first.repository());
        assertEquals(fast.sandbox().get().simulatedClock(), first.clock(), "live times on the server's clock");

        connection.set(sandboxAt(10));
        MonitoredRepository second = monitors.currentProperty().get();
        assertNotSame(first.monitor(), second.monitor());
        assertEquals(Duration.ofMillis(500), second.monitor().scheduler().policy().interval());
        assertThrows(IllegalStateException.class, () -> first.monitor().watch(RunRef.latest(first.repository(), 1)),
                "the previous monitor was closed with its connection");

        connection.set(null);
        assertNull(monitors.currentProperty().get());
    }

    @Test
    void pollingPausesWhileTheWindowIsMinimizedEvenForAMonitorMadeMeanwhile() throws Exception {
        SimpleBooleanProperty iconified = new SimpleBooleanProperty(false);
        monitors.followWindow(iconified);
        monitors.follow(connection);
        connection.set(sandboxAt(20));
        var scheduler = monitors.currentProperty().get().monitor().scheduler();

        iconified.set(true);
        assertEquals(Set.of(PauseReason.MINIMIZED), scheduler.status().paused());
        iconified.set(false);
        assertEquals(Set.of(), scheduler.status().paused());

        iconified.set(true);
        connection.set(sandboxAt(20));
        assertEquals(Set.of(PauseReason.MINIMIZED), monitors.currentProperty().get().monitor().scheduler().status()
                .paused());
    }

    @Test
    void theFailuresOnlyCheckBoxReachesTheMonitor() throws Exception {
        monitors.follow(connection);
        connection.set(sandboxAt(20));
        assertEquals(NotificationSettings.ALL, monitors.currentProperty().get().monitor().notificationSettings());

        failuresOnly.set(true);
        monitors.applyNotificationSettings();

        assertEquals(NotificationSettings.FAILURES_ONLY,
                monitors.currentProperty().get().monitor().notificationSettings());
    }

    @Test
    void whatAWatchedRunWritesToTheHistoryIsAnnouncedAsItArrives() throws Exception {
        // What the Cache screen would read at each announcement: the jobs with figures so far.
        List<Integer> figuresSeen = new CopyOnWriteArrayList<>();
        long[] runId = {0};
        int wheelJobs = 20;
        CountDownLatch allFigures = new CountDownLatch(1);
        monitors.onHistoryChanged(() -> {
            int figures = history.cacheStatsOfRun(runId[0], 1).size();
            figuresSeen.add(figures);
            if (figures >= wheelJobs) {
                allFigures.countDown();
            }
        });
        monitors.follow(connection);
        Connection sandbox = sandboxAt(400);
        connection.set(sandbox);
        MonitoredRepository repository = monitors.currentProperty().get();
        runId[0] = sandbox.client().dispatch(sandbox.repository(), "release.yml", "main", Map.of(), true)
                .runId().orElseThrow();

        try (RunWatcher watcher = repository.monitor().watch(RunRef.latest(sandbox.repository(), runId[0]))) {
            assertTrue(allFigures.await(60, TimeUnit.SECONDS), "figures announced so far: " + figuresSeen);
            assertTrue(watcher.latest().isPresent());
        }
        // Two log workers write side by side, so announcements may read the history out of order;
        // ObservedRunArchiveTest holds the order of one write and its announcement.
        assertTrue(figuresSeen.size() > 1, "announced as the figures arrive, not once at the end: " + figuresSeen);
    }
}
