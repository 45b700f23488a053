package dev.wheelhouse.ui.task;

/**
 * Runs background work for view models. The app uses {@link FxTaskExecutor}; tests use
 * {@link DirectTaskExecutor} so a view model can be exercised without threads or a window.
 */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /** Runs a UI update on the UI thread (FX thread in the app, inline in tests). */
    void runOnUiThread(Runnable update);
}
