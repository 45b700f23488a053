package dev.wheelhouse.ui.task;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work on daemon threads and publishes results on the FX thread. It counts running tasks
 * so the status bar can show that something is happening.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);
    private final ReadOnlyStringWrapper currentTitle = new ReadOnlyStringWrapper(this, "currentTitle", "");

    public FxTaskExecutor() {
        AtomicInteger counter = new AtomicInteger();
        pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "wheelhouse-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        changeRunning(+1, task.title());
        pool.execute(() -> {
            try {
                T value = task.call();
                Platform.runLater(() -> {
                    changeRunning(-1, "");
                    task.succeed(value);
                });
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    changeRunning(-1, "");
                    task.fail(e);
                });
            }
        });
    }

    @Override
    public void runOnUiThread(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    private void changeRunning(int delta, String title) {
        runOnUiThread(() -> {
            running.set(running.get() + delta);
            if (!title.isEmpty()) {
                currentTitle.set(title);
            } else if (running.get() == 0) {
                currentTitle.set("");
            }
        });
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentTitleProperty() {
        return currentTitle.getReadOnlyProperty();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
