package dev.wheelhouse.runs.dispatch;

import java.util.List;
import java.util.Optional;

/**
 * Where dispatches are recorded: {@link HistoryDispatchLog} keeps them in the history database,
 * {@link InMemoryDispatchLog} for tests and for running without one. No token or other secret
 * is ever part of a record.
 */
public interface DispatchLog {

    void record(DispatchRecord dispatch);

    /** The dispatches of one workflow of a repository, newest first. */
    List<DispatchRecord> forWorkflow(String repository, String workflow);

    /** The dispatch that started a run, if it was made here and this log can find it by run alone. */
    Optional<DispatchRecord> forRun(String repository, long runId);

    /** The dispatch that started a run of {@code workflow}, if it was made here. */
    default Optional<DispatchRecord> forRun(String repository, String workflow, long runId) {
        return forWorkflow(repository, workflow).stream()
                .filter(r -> r.runId().isPresent() && r.runId().getAsLong() == runId).findFirst();
    }
}
