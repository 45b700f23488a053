package dev.wheelhouse.github;

import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A value that changes over time with listeners, free of JavaFX: a view model subscribes and
 * moves each new value onto the FX thread itself. Listeners run on the thread that changed the
 * value and must not block.
 */
public final class ObservableState<T> {

    private final CopyOnWriteArrayList<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();
    private volatile T value;

    public ObservableState(T initial) {
        this.value = Objects.requireNonNull(initial);
    }

    public T get() {
        return value;
    }

    /** Calls {@code listener} with each later value; close the subscription to stop. */
    public Subscription subscribe(Consumer<? super T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void set(T next) {
        synchronized (this) {
            value = Objects.requireNonNull(next);
        }
        notifyListeners(next);
    }

    /** Changes the value from the current one atomically, for counters several threads bump. */
    void update(java.util.function.UnaryOperator<T> change) {
        T next;
        synchronized (this) {
            next = Objects.requireNonNull(change.apply(value));
            value = next;
        }
        notifyListeners(next);
    }

    private void notifyListeners(T next) {
        for (Consumer<? super T> listener : listeners) {
            listener.accept(next);
        }
    }

    /** Stops a listener. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
