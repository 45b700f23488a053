package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.runs.model.RunSnapshot;

/**
 * What a desktop notification says about a run event.
 *
 * @param failure shown as an error (a job failed, the run did not succeed)
 * @param runId   the run whose tab a click brings to the front
 */
public record RunNotice(String title, String text, boolean failure, long runId) {

    /** A watched run completed. */
    public static RunNotice completed(RunSnapshot snapshot) {
        RunInfo run = snapshot.run();
        StatusBadge badge = StatusBadge.of(run.status(), run.conclusion());
        String how = switch (badge) {
            case SUCCESS -> "succeeded";
            case FAILED -> "failed";
            case CANCELLED -> "was cancelled";
            case TIMED_OUT -> "timed out";
            default -> "completed (" + badge.word() + ")";
        };
        // A completed run's time ends at its last update, whatever "now" is.
        var progress = snapshot.progress(snapshot.observedAt());
        String failed = progress.failed() > 0 ? " · " + progress.failed() + " failed job(s)" : "";
        return new RunNotice("Run " + run.id() + " " + how,
                where(run) + " · " + Durations.of(progress.elapsed()) + failed + ". Click to open it.",
                !run.succeeded(), run.id());
    }

    /** A job of a watched run failed. */
    public static RunNotice jobFailed(RunSnapshot snapshot, JobSnapshot job) {
        RunInfo run = snapshot.run();
        StatusBadge badge = StatusBadge.of(job.status(), job.conclusion());
        return new RunNotice(job.name() + " " + (badge == StatusBadge.TIMED_OUT ? "timed out" : "failed"),
                "Run " + run.id() + " · " + where(run) + ". Click to open the run.", true, run.id());
    }

    /** Whether to show it: with "failures only", a run that succeeded stays quiet. */
    public boolean shown(boolean failuresOnly) {
        return failure || !failuresOnly;
    }

    private static String where(RunInfo run) {
        String workflow = run.workflowPath() == null ? run.workflowName()
                : run.workflowPath().substring(run.workflowPath().lastIndexOf('/') + 1);
        return workflow + (run.branch() == null ? "" : " on " + run.branch());
    }
}
