package dev.wheelhouse.ui.release;

import dev.wheelhouse.release.Finding;

import java.util.List;

/**
 * What Approve shows before it acts: the environment and job it lets run, the files that job will publish, the
 * findings still open, and whether a confirmation is needed (it is when a finding is open, or the check has not
 * run).
 */
public record ApprovalPlan(String environment, String job, List<String> files, List<Finding> open, boolean checked) {

    public ApprovalPlan {
        files = List.copyOf(files);
        open = List.copyOf(open);
    }

    public boolean needsConfirmation() {
        return !checked || !open.isEmpty();
    }
}
