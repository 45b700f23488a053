package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** {@code GET /repos/{owner}/{repo}/environments}: paged, with the total. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EnvironmentList(int totalCount, List<DeploymentEnvironment> environments) {

    public EnvironmentList {
        environments = environments == null ? List.of() : List.copyOf(environments);
    }
}
