package dev.wheelhouse.history;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the history is being saved: what a window shows beside figures read from it, so old
 * figures are never taken for current ones while writes fail.
 *
 * @param problem       what went wrong and what to do, in the user's words; empty while writes succeed
 * @param since         when the first of the current failures happened
 * @param pendingWrites writes kept to be tried again (they are repeated, in order, before the next write)
 * @param droppedWrites writes given up on because too many were waiting
 */
public record HistoryHealth(Optional<String> problem, Optional<Instant> since, int pendingWrites, int droppedWrites) {

    public static final HistoryHealth SAVING = new HistoryHealth(Optional.empty(), Optional.empty(), 0, 0);

    public boolean saving() {
        return problem.isEmpty();
    }
}
