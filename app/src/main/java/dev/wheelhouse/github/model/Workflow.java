package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/** {@code GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}}, also a list item. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Workflow(
        long id,
        String nodeId,
        String name,
        String path,
        String state,
        Instant createdAt,
        Instant updatedAt,
        String url,
        String htmlUrl,
        String badgeUrl) {
}
