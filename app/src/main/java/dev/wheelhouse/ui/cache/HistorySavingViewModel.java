package dev.wheelhouse.ui.cache;

import dev.wheelhouse.history.HistoryHealth;
import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.runs.poll.PollTimer;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Whether the history is being saved, for the window (issue 11 item 5). While writes fail the
 * Cache screen's figures are older than they look, so a banner says so: what went wrong and what
 * to do, how many changes wait, and a "Try again". It also tries again by itself every
 * {@link #RETRY} while writes fail, so a lock that goes away or a disk that is freed needs no
 * click. The store reports health on the thread that wrote; it is handed to the UI thread here.
 */
public final class HistorySavingViewModel implements AutoCloseable {

    static final Duration RETRY = Duration.ofSeconds(30);

    private final TaskExecutor executor;
    private final PollTimer timer;
    private final Supplier<HistoryStore> history;

    private final ReadOnlyBooleanWrapper failing = new ReadOnlyBooleanWrapper(this, "failing");
    private final ReadOnlyBooleanWrapper retrying = new ReadOnlyBooleanWrapper(this, "retrying");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private HistoryStore store;
    private Runnable unsubscribe = () -> { };
    private PollTimer.Cancellable nextRetry;
    private boolean closed;

    public HistorySavingViewModel(TaskExecutor executor, PollTimer timer, Supplier<HistoryStore> history) {
        this.executor = executor;
        this.timer = timer;
        this.history = history;
    }

    /** Starts following the history's health (opening the history is I/O: it runs in the background). */
    public void start() {
        executor.execute(BackgroundTask.of("Opening the history", history::get)
                .onSuccess(opened -> {
                    if (closed) {
                        return;
                    }
                    store = opened;
                    unsubscribe = opened.subscribeHealth(health -> executor.runOnUiThread(() -> show(health)));
                }));
    }

    /** Repeats the writes that failed, in the background; a no-op while one try is under way. */
    public void tryAgain() {
        if (store == null || retrying.get() || closed) {
            return;
        }
        retrying.set(true);
        HistoryStore target = store;
        executor.execute(BackgroundTask.of("Saving the history", target::retryPendingWrites)
                .onSuccess(this::show)
                // Not the store's health here: it is read under the store's lock, which a write may hold for seconds.
                .onFailure(error -> {
                    failing.set(true);
                    if (message.get().isEmpty()) {
                        message.set("The history is not being saved: " + error.getMessage());
                    }
                })
                .onFinished(() -> retrying.set(false)));
    }

    public ReadOnlyBooleanProperty failingProperty() {
        return failing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty retryingProperty() {
        return retrying.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        closed = true;
        unsubscribe.run();
        cancelRetry();
    }

    private void show(HistoryHealth health) {
        if (closed) {
            return;
        }
        failing.set(!health.saving());
        message.set(text(health));
        if (health.saving()) {
            cancelRetry();
        } else if (nextRetry == null) {
            nextRetry = timer.schedule(RETRY, () -> executor.runOnUiThread(() -> {
                nextRetry = null;
                // Its result (or that of a try already under way) schedules the next one.
                tryAgain();
            }));
        }
    }

    private void cancelRetry() {
        if (nextRetry != null) {
            nextRetry.cancel();
            nextRetry = null;
        }
    }

    static String text(HistoryHealth health) {
        if (health.saving()) {
            return "";
        }
        StringBuilder out = new StringBuilder("The history is not being saved. ").append(health.problem().orElseThrow());
        if (health.pendingWrites() > 0) {
            out.append(' ').append(health.pendingWrites()).append(health.pendingWrites() == 1 ? " change waits" : " changes wait")
                    .append(" to be saved");
            if (health.droppedWrites() > 0) {
                out.append(" (").append(health.droppedWrites()).append(" older ones were given up)");
            }
            out.append('.');
        }
        out.append(" The trends may be missing the latest runs; trying again every ").append(RETRY.toSeconds()).append(" s.");
        return out.toString();
    }
}
