package dev.wheelhouse.runs.poll;

/** What one poll of a run found; the scheduler sets the next wait from it. */
public enum PollOutcome {
    /** A job appeared or changed status or conclusion, or the run did. */
    JOBS_CHANGED,
    /** Only steps moved on inside running jobs. */
    STEPS_CHANGED,
    /** Nothing changed (GitHub answered 304), but jobs are running and may finish any moment. */
    UNCHANGED,
    /** Nothing changed and nothing runs: jobs wait for a runner, an approval or a needed job. */
    WAITING,
    /** The run and all its jobs have completed: stop polling it. */
    FINISHED
}
