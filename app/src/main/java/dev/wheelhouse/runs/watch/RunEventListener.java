package dev.wheelhouse.runs.watch;

import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.RunSnapshot;

/**
 * What a desktop notification is made of: a watched run completed, a job of it failed. Only
 * changes seen while watching count: opening a run that failed yesterday notifies nothing.
 * Called on a poller thread.
 */
public interface RunEventListener {

    /** The run completed; {@code snapshot.run().conclusion()} says how. */
    void runCompleted(RunSnapshot snapshot);

    /** A job completed with {@code failure}, {@code timed_out} or {@code startup_failure}. */
    void jobFailed(RunSnapshot snapshot, JobSnapshot job);
}
