package dev.wheelhouse.ui.runs;

import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.runs.poll.ExecutorPollTimer;
import dev.wheelhouse.runs.dispatch.HistoryDispatchLog;
import dev.wheelhouse.runs.archive.HistoryRunArchive;
import dev.wheelhouse.runs.stats.LogCache;
import dev.wheelhouse.runs.archive.ObservedRunArchive;
import dev.wheelhouse.runs.watch.NotificationSettings;
import dev.wheelhouse.runs.poll.PauseReason;
import dev.wheelhouse.runs.poll.PollPolicy;
import dev.wheelhouse.runs.watch.RunMonitor;
import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one {@link RunMonitor} of the current connection: made when a connection is made, closed
 * (with every watcher, its poller thread and its log workers) when the connection changes or the
 * app exits. Polling pauses while the window is minimized.
 */
public final class ConnectedMonitor implements AutoCloseable {

    private final TaskExecutor executor;
    private final Supplier<HistoryStore> history;
    private final BooleanSupplier failuresOnly;
    private final ReadOnlyObjectWrapper<MonitoredRepository> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Opened opened;
    private boolean minimized;
    private long generation;
    private final AtomicBoolean historyChangePending = new AtomicBoolean();
    private Runnable onHistoryChanged = () -> { };

    /** A monitor and the threads it was given, closed together. */
    private record Opened(MonitoredRepository repository, ExecutorPollTimer timer, ExecutorService statsPool) {
        void close() {
            repository.monitor().close();
            timer.close();
            statsPool.shutdownNow();
        }

        /** Closes, then lets a log being scanned finish its write to the history (at exit). */
        void closeAndWait(Duration wait) {
            close();
            try {
                statsPool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * @param history      the history store, opened on first use (call from a background task)
     * @param failuresOnly the Settings check box "Notify only about failures"
     */
    public ConnectedMonitor(TaskExecutor executor, Supplier<HistoryStore> history, BooleanSupplier failuresOnly) {
        this.executor = executor;
        this.history = history;
        this.failuresOnly = failuresOnly;
    }

    /** Follows the connection: every new one gets a new monitor. */
    public void follow(ObservableValue<Connection> connection) {
        connection.addListener((obs, old, next) -> connectTo(next));
        connectTo(connection.getValue());
    }

    /** Follows the window: no polling while it is minimized; every run is polled at once when it is back. */
    public void followWindow(ObservableValue<Boolean> iconified) {
        iconified.addListener((obs, old, now) -> setMinimized(now));
        setMinimized(Boolean.TRUE.equals(iconified.getValue()));
    }

    void setMinimized(boolean now) {
        minimized = now;
        MonitoredRepository shown = current.get();
        if (shown != null) {
            pauseOrResume(shown.monitor());
        }
    }

    private void pauseOrResume(RunMonitor monitor) {
        if (minimized) {
            monitor.scheduler().pause(PauseReason.MINIMIZED);
        } else {
            monitor.scheduler().resume(PauseReason.MINIMIZED);
        }
    }

    private void connectTo(Connection connection) {
        long mine = ++generation;
        closeCurrent();
        if (connection == null) {
            return;
        }
        executor.execute(BackgroundTask.of("Starting the run monitor", () -> open(connection))
                .onSuccess(next -> {
                    if (mine != generation) {
                        next.close(); // another connection was made meanwhile
                        return;
                    }
                    opened = next;
                    error.set("");
                    pauseOrResume(next.repository().monitor());
                    applyNotificationSettings();
                    current.set(next.repository());
                })
                .onFailure(e -> error.set("Runs cannot be watched: " + UserMessages.describe(e))));
    }

    private Opened open(Connection connection) {
        HistoryStore store = history.get();
        // Against the sandbox, runs go speed times faster: poll as often as a real run would be polled.
        double speed = connection.sandbox().map(s -> s.config().speed()).orElse(1.0);
        PollPolicy policy = PollPolicy.defaults().scaled(1 / speed);
        ExecutorPollTimer timer = ExecutorPollTimer.systemClock();
        AtomicInteger count = new AtomicInteger();
        ExecutorService statsPool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "wheelhouse-job-logs-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HistoryDispatchLog dispatches = new HistoryDispatchLog(store);
        RunMonitor monitor = RunMonitor.create(connection.client(), timer, policy, LogCache.openDefault(),
                new ObservedRunArchive(new HistoryRunArchive(store, Clock.systemUTC()), this::historyWritten),
                dispatches, statsPool);
        return new Opened(new MonitoredRepository(monitor, connection.repository(), connection.clock(), dispatches),
                timer, statsPool);
    }

    /** Called on the UI thread after the monitor has written runs or figures to the history. */
    public void onHistoryChanged(Runnable listener) {
        this.onHistoryChanged = listener;
    }

    private void historyWritten() {
        // Twenty jobs finish close together: one UI update stands for every write made before it runs.
        if (historyChangePending.compareAndSet(false, true)) {
            executor.runOnUiThread(() -> {
                historyChangePending.set(false);
                onHistoryChanged.run();
            });
        }
    }

    /** Reads the Settings check box into the monitor (it filters run-completed events by it). */
    public void applyNotificationSettings() {
        MonitoredRepository shown = current.get();
        RunMonitor monitor = shown != null ? shown.monitor() : opened == null ? null : opened.repository().monitor();
        if (monitor != null) {
            monitor.notificationSettings(failuresOnly.getAsBoolean()
                    ? NotificationSettings.FAILURES_ONLY : NotificationSettings.ALL);
        }
    }

    public boolean failuresOnly() {
        return failuresOnly.getAsBoolean();
    }

    private void closeCurrent() {
        current.set(null);
        if (opened != null) {
            Opened closing = opened;
            opened = null;
            closing.close();
        }
    }

    /** The monitored repository; null while not connected (or while the monitor starts). */
    public ReadOnlyObjectProperty<MonitoredRepository> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Why runs cannot be watched, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public void close() {
        generation++;
        current.set(null);
        if (opened != null) {
            Opened closing = opened;
            opened = null;
            closing.closeAndWait(Duration.ofSeconds(2));
        }
    }
}
