package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** The body of {@code POST …/actions/runs/{run_id}/pending_deployments}: all three members are required. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeploymentReview(List<Long> environmentIds, String state, String comment) {

    public DeploymentReview {
        environmentIds = environmentIds == null ? List.of() : List.copyOf(environmentIds);
    }
}
