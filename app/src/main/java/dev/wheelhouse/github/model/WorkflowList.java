package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** {@code GET /repos/{owner}/{repo}/actions/workflows}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WorkflowList(int totalCount, List<Workflow> workflows) {

    public WorkflowList {
        workflows = List.copyOf(workflows);
    }
}
