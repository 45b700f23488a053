package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The one queue every change to a document goes through. A step is prepared on the UI thread from
 * the document as the step before it left it, its work runs on the executor, and its result is
 * applied on the UI thread before the next step is prepared: two changes are never in flight at
 * once, so a slow one can never be overtaken by a later one, whatever order the executor's
 * threads finish in. Each result is stamped with the document's version when its work started,
 * and dropped unseen if the document has changed since.
 */
final class ChangeQueue {

    /** One change: prepared, computed off the UI thread, applied. */
    abstract static class Step<T> {
        private final String title;
        private final boolean edit;

        /** @param edit an edit: when one fails, the edits queued behind it are dropped */
        Step(String title, boolean edit) {
            this.title = title;
            this.edit = edit;
        }

        /** The work, reading the current document on the UI thread; null when there is nothing to do. */
        abstract Callable<T> prepare();

        /** Applies the result on the UI thread; must call {@link ChangeQueue#changed()} if it changed the document. */
        abstract void apply(T result);

        /** Put before a failure's message: which file was being read. */
        String context() {
            return "";
        }

        /** Undoes what {@link #prepare} did to the document's state when the work fails. */
        void abandon() {
        }
    }

    private final TaskExecutor executor;
    private final Consumer<Boolean> busy;
    private final BiConsumer<String, Throwable> failed;
    private final Deque<Step<?>> queue = new ArrayDeque<>();
    private boolean running;
    private long version;

    /**
     * @param busy   told true when work is queued, false when the queue has run dry
     * @param failed told of a step that failed (its context, the error); the document is as it was
     */
    ChangeQueue(TaskExecutor executor, Consumer<Boolean> busy, BiConsumer<String, Throwable> failed) {
        this.executor = executor;
        this.busy = busy;
        this.failed = failed;
    }

    void submit(Step<?> step) {
        queue.add(step);
        if (!running) {
            running = true;
            busy.accept(true);
            next();
        }
    }

    /** The document changed: results computed from an earlier version are stale from now on. */
    void changed() {
        version++;
    }

    long version() {
        return version;
    }

    boolean busy() {
        return running;
    }

    private void next() {
        Step<?> step;
        while ((step = queue.poll()) != null) {
            if (start(step)) {
                return;
            }
        }
        running = false;
        busy.accept(false);
    }

    private <T> boolean start(Step<T> step) {
        Callable<T> work = step.prepare();
        if (work == null) {
            return false;
        }
        long stamp = version;
        executor.execute(BackgroundTask.of(step.title, work)
                .onSuccess(result -> {
                    if (stamp == version) {
                        step.apply(result);
                    }
                })
                .onFailure(error -> {
                    step.abandon();
                    if (stamp != version) {
                        return;
                    }
                    if (step.edit) {
                        // The edits queued behind it were made for a document that never came to be.
                        queue.removeIf(queued -> queued.edit);
                    }
                    failed.accept(step.context(), error);
                })
                .onFinished(this::next));
        return true;
    }
}
