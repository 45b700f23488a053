package dev.wheelhouse.testing;

import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import dev.wheelhouse.ui.task.TaskExecutor;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds background work until the test completes it, in whatever order the test picks: the
 * newest first, the oldest first, or one by one. A real thread pool finishes tasks in any order;
 * this makes each order reproducible. UI updates run at once on the calling thread, which plays
 * the UI thread.
 */
public final class OutOfOrderTaskExecutor implements TaskExecutor {

    /** Which pending task completes next. */
    public enum Order { OLDEST_FIRST, NEWEST_FIRST }

    private final List<BackgroundTask<?>> pending = new ArrayList<>();
    private final DirectTaskExecutor direct = new DirectTaskExecutor();
    private int completed;

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        pending.add(task);
    }

    @Override
    public void runOnUiThread(Runnable update) {
        update.run();
    }

    /** Tasks submitted and not yet completed. */
    public int pending() {
        return pending.size();
    }

    /** Tasks completed so far. */
    public int completed() {
        return completed;
    }

    /** Completes one task (its work, then its callbacks); tasks its callbacks submit wait their turn. */
    public void completeNext(Order order) {
        if (pending.isEmpty()) {
            throw new IllegalStateException("no task is pending");
        }
        BackgroundTask<?> next = pending.remove(order == Order.OLDEST_FIRST ? 0 : pending.size() - 1);
        completed++;
        direct.execute(next);
    }

    /** Completes every task, those submitted meanwhile included, always taking the next in {@code order}. */
    public void completeAll(Order order) {
        while (!pending.isEmpty()) {
            completeNext(order);
        }
    }
}
