package dev.wheelhouse.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Queues background work until the test runs it: proves that a view model publishes nothing,
 * and does no parsing, until its background task runs.
 */
public final class ManualTaskExecutor implements TaskExecutor {

    private final Deque<BackgroundTask<?>> queued = new ArrayDeque<>();
    private final DirectTaskExecutor direct = new DirectTaskExecutor();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        queued.add(task);
    }

    @Override
    public void runOnUiThread(Runnable update) {
        update.run();
    }

    public int queued() {
        return queued.size();
    }

    /** Runs every queued task, including tasks the callbacks queue. */
    public void runAll() {
        while (!queued.isEmpty()) {
            direct.execute(queued.poll());
        }
    }
}
