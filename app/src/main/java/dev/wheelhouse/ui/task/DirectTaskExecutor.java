package dev.wheelhouse.ui.task;

/** Runs work and its callbacks on the calling thread: deterministic view-model tests. */
public final class DirectTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T value;
        try {
            value = task.call();
        } catch (Exception | Error e) {
            task.fail(e);
            return;
        }
        task.succeed(value);
    }

    @Override
    public void runOnUiThread(Runnable update) {
        update.run();
    }
}
