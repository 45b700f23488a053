package dev.wheelhouse.runs.model;

import java.util.Set;

/**
 * GitHub's job and run status and conclusion words, and what they mean for the run view
 * (https://docs.github.com/rest/actions/workflow-jobs#get-a-job-for-a-workflow-run).
 */
public final class JobStates {

    public static final String COMPLETED = "completed";
    public static final String IN_PROGRESS = "in_progress";

    /** Conclusions a maintainer has to look at; {@code cancelled} and {@code skipped} are not failures. */
    private static final Set<String> FAILED = Set.of("failure", "timed_out", "startup_failure", "action_required");

    private JobStates() {
    }

    public static boolean failed(String conclusion) {
        return conclusion != null && FAILED.contains(conclusion);
    }

    public static boolean running(String status) {
        return IN_PROGRESS.equals(status);
    }
}
