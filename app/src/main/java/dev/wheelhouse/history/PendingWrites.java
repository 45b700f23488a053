package dev.wheelhouse.history;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The history's write health and the writes that failed, kept to be repeated: every write is an
 * upsert or a replace, so repeating one later, in order, gives what it would have given then.
 * Bounded: past {@link #LIMIT} waiting writes the oldest are dropped (and counted). Not
 * thread-safe; the store calls it under its own lock.
 */
final class PendingWrites {

    static final int LIMIT = 2_000;

    private final Clock clock;
    private final Deque<HistoryStore.SqlAction> waiting = new ArrayDeque<>();
    private final List<Consumer<HistoryHealth>> listeners = new CopyOnWriteArrayList<>();
    private HistoryHealth health = HistoryHealth.SAVING;
    private int dropped;

    PendingWrites(Clock clock) {
        this.clock = clock;
    }

    HistoryHealth health() {
        return health;
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    /** The waiting writes, oldest first; they stay waiting until {@link #replayed()}. */
    List<HistoryStore.SqlAction> waiting() {
        return List.copyOf(waiting);
    }

    void replayed() {
        waiting.clear();
    }

    void succeeded() {
        if (!health.saving() || !waiting.isEmpty()) {
            if (waiting.isEmpty()) {
                set(HistoryHealth.SAVING);
            }
        }
    }

    void failed(String message, Optional<HistoryStore.SqlAction> write) {
        write.ifPresent(w -> {
            waiting.addLast(w);
            while (waiting.size() > LIMIT) {
                waiting.removeFirst();
                dropped++;
            }
        });
        set(new HistoryHealth(Optional.of(message), health.since().or(() -> Optional.of(clock.instant())),
                waiting.size(), dropped));
    }

    Runnable subscribe(Consumer<HistoryHealth> listener) {
        listeners.add(listener);
        listener.accept(health);
        return () -> listeners.remove(listener);
    }

    private void set(HistoryHealth next) {
        if (next.equals(health)) {
            return;
        }
        health = next;
        for (Consumer<HistoryHealth> l : listeners) {
            l.accept(next);
        }
    }
}
