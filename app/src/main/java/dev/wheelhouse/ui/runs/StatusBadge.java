package dev.wheelhouse.ui.runs;

/**
 * What a run, job or step is doing or how it ended, as the user reads it: a word (shown beside an
 * icon, never colour alone) and a style class for the colour. GitHub's status and conclusion
 * words (https://docs.github.com/rest/actions/workflow-jobs#get-a-job-for-a-workflow-run) fold
 * into these.
 */
public enum StatusBadge {
    /** The job is in the workflow but GitHub has not created it yet (its needs are running). */
    WAITING("waiting", "status-waiting"),
    QUEUED("queued", "status-queued"),
    RUNNING("running", "status-running"),
    SUCCESS("success", "status-success"),
    FAILED("failed", "status-failed"),
    TIMED_OUT("timed out", "status-failed"),
    CANCELLED("cancelled", "status-cancelled"),
    SKIPPED("skipped", "status-skipped"),
    NEUTRAL("neutral", "status-skipped"),
    /** The matrix excludes this combination: no job runs there. */
    EXCLUDED("excluded", "status-excluded"),
    /** No combination sits in this cell. */
    NONE("—", "status-none");

    private final String word;
    private final String styleClass;

    StatusBadge(String word, String styleClass) {
        this.word = word;
        this.styleClass = styleClass;
    }

    public String word() {
        return word;
    }

    public String styleClass() {
        return styleClass;
    }

    /** From GitHub's {@code status} and, once completed, {@code conclusion}. */
    public static StatusBadge of(String status, String conclusion) {
        if (status == null) {
            return WAITING;
        }
        return switch (status) {
            case "completed" -> ofConclusion(conclusion);
            case "in_progress" -> RUNNING;
            default -> QUEUED; // queued, waiting, pending, requested: not on a runner yet
        };
    }

    private static StatusBadge ofConclusion(String conclusion) {
        if (conclusion == null) {
            return NEUTRAL;
        }
        return switch (conclusion) {
            case "success" -> SUCCESS;
            case "failure", "startup_failure", "action_required" -> FAILED;
            case "timed_out" -> TIMED_OUT;
            case "cancelled" -> CANCELLED;
            case "skipped" -> SKIPPED;
            default -> NEUTRAL;
        };
    }

    /** Still going: its time ticks. */
    public boolean live() {
        return this == RUNNING;
    }

    public boolean failed() {
        return this == FAILED || this == TIMED_OUT;
    }
}
