package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * One item of {@code GET …/actions/runs/{run_id}/approvals} (schema {@code environment-approvals}): who reviewed
 * which environments, with what state ({@code approved}, {@code rejected}, {@code pending}) and comment.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EnvironmentApproval(String state, String comment, List<EnvironmentRef> environments, SimpleUser user) {

    public EnvironmentApproval {
        environments = environments == null ? List.of() : List.copyOf(environments);
    }
}
