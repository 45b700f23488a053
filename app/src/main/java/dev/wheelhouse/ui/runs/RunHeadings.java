package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.model.RunInfo;

/** A run tab's heading: {@code Run 16340712345 · #412 · attempt 2 · Release · main · push · by octocat}. */
final class RunHeadings {

    private RunHeadings() {
    }

    static String of(RunInfo run) {
        StringBuilder text = new StringBuilder("Run ").append(run.id());
        if (run.runNumber() > 0) {
            text.append(" · #").append(run.runNumber());
        }
        text.append(" · attempt ").append(run.attempt());
        if (run.workflowName() != null) {
            text.append(" · ").append(run.workflowName());
        }
        if (run.branch() != null) {
            text.append(" · ").append(run.branch());
        }
        if (run.event() != null) {
            text.append(" · ").append(run.event());
        }
        if (run.actor() != null) {
            text.append(" · by ").append(run.actor());
        }
        return text.toString();
    }
}
