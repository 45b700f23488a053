package dev.wheelhouse.ui.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A piece of work that must not run on the FX thread, with the callbacks that publish its
 * result. The callbacks always run on the UI thread of the executor that runs the task (the FX
 * thread in the app, the calling thread in tests).
 */
public final class BackgroundTask<T> {

    private final String title;
    private final Callable<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<? super Throwable> onFailure = error -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(String title, Callable<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Callable<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    /** Runs after success or failure, e.g. to clear a busy flag. */
    public BackgroundTask<T> onFinished(Runnable callback) {
        this.onFinished = Objects.requireNonNull(callback);
        return this;
    }

    public String title() {
        return title;
    }

    T call() throws Exception {
        return work.call();
    }

    void succeed(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    void fail(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }
}
