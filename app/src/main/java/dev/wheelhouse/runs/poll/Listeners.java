package dev.wheelhouse.runs.poll;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Listeners of one kind. Each is called on the thread that fires (a poller thread): a view model
 * moves the value onto the FX thread itself. A listener that throws is not allowed to stop the
 * others or the poller.
 */
public final class Listeners<L> {

    private static final System.Logger LOG = System.getLogger("dev.wheelhouse.runs");

    private final CopyOnWriteArrayList<L> listeners = new CopyOnWriteArrayList<>();

    public Subscription add(L listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void fire(Consumer<? super L> call) {
        for (L listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a run listener failed", e);
            }
        }
    }

    public boolean isEmpty() {
        return listeners.isEmpty();
    }
}
