package dev.wheelhouse.sandbox.sim;

/**
 * A job's or step's {@code if:} after everything known at dispatch (event, ref, matrix) has
 * been evaluated: what is left depends only on how the jobs or steps before it ended, i.e. on
 * the status functions. Without a status function GitHub adds an implicit {@code success()}
 * (https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/using-conditions-to-control-job-execution).
 */
public record Condition(boolean onSuccess, boolean onFailure, boolean onCancelled, boolean onSkipped) {

    /** No {@code if:}, or one that is true: run when everything before succeeded. */
    public static final Condition SUCCESS = new Condition(true, false, false, false);
    /** An {@code if:} that is false for this event and matrix cell. */
    public static final Condition NEVER = new Condition(false, false, false, false);
    /** {@code if: always() && …} with the rest true. */
    public static final Condition ALWAYS = new Condition(true, true, true, true);

    /** Whether to run, given how the work before it ended. */
    public boolean holds(Outcome before) {
        return switch (before) {
            case SUCCESS -> onSuccess;
            case FAILURE -> onFailure;
            case CANCELLED -> onCancelled;
            case SKIPPED -> onSkipped;
        };
    }

    /**
     * How the needed jobs (or the earlier steps) ended, as the status functions see it. A
     * skipped need makes {@code success()} false without making {@code failure()} true: "If a
     * job fails or is skipped, all jobs that need it are skipped unless the jobs use a
     * conditional expression that causes the job to continue."
     */
    public enum Outcome { SUCCESS, FAILURE, CANCELLED, SKIPPED }
}
