package dev.wheelhouse.github.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/**
 * An environment as pending deployments ({@code id, node_id, name, url, html_url}) and approvals (with
 * {@code created_at}, {@code updated_at}) name it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnvironmentRef(long id, String nodeId, String name, String url, String htmlUrl, Instant createdAt,
                             Instant updatedAt) {
}
