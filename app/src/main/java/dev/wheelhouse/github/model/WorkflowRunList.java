package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** {@code GET /repos/{owner}/{repo}/actions/runs} (and per workflow). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WorkflowRunList(int totalCount, List<WorkflowRun> workflowRuns) {

    public WorkflowRunList {
        workflowRuns = List.copyOf(workflowRuns);
    }
}
