package dev.wheelhouse.runs;

import java.util.List;
import java.util.Optional;

/**
 * Where dispatches are recorded. The history store's SQLite implementation needs one table
 * {@code dispatches(id INTEGER PRIMARY KEY, repository TEXT NOT NULL, workflow TEXT NOT NULL,
 * ref TEXT NOT NULL, inputs_json TEXT NOT NULL, run_id INTEGER NULL, dispatched_at INTEGER NOT
 * NULL -- epoch millis)} with indexes on {@code (repository, run_id)} and
 * {@code (repository, dispatched_at)}; inputs as a JSON object of strings. No token or other
 * secret is ever part of a record.
 */
public interface DispatchLog {

    void record(DispatchRecord dispatch);

    /** The dispatch that started a run, if it was made here. */
    Optional<DispatchRecord> forRun(String repository, long runId);

    /** The newest dispatches of a repository first, at most {@code limit}. */
    List<DispatchRecord> recent(String repository, int limit);
}
