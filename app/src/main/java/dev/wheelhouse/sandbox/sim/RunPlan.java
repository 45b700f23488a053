package dev.wheelhouse.sandbox.sim;

import java.util.List;

/**
 * Every job a dispatched run will have, from its workflow file at the dispatched ref.
 *
 * @param workflowName the workflow's {@code name:} (or its path when it has none)
 * @param path         the workflow file, e.g. {@code .github/workflows/release.yml}
 */
public record RunPlan(String workflowName, String path, List<PlannedJob> jobs) {

    public RunPlan {
        jobs = List.copyOf(jobs);
    }
}
