package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** {@code GET …/actions/artifacts} and {@code GET …/actions/runs/{run_id}/artifacts}: one page, with the total. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ArtifactList(int totalCount, List<Artifact> artifacts) {

    public ArtifactList {
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }
}
