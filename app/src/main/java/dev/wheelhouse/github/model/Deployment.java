package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.Map;

/** A deployment (schema {@code deployment}): what approving a pending deployment creates for each environment. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Deployment(String url, long id, String nodeId, String sha, String ref, String task,
                         Map<String, Object> payload, String originalEnvironment, String environment,
                         String description, SimpleUser creator, Instant createdAt, Instant updatedAt,
                         String statusesUrl, String repositoryUrl, boolean transientEnvironment,
                         boolean productionEnvironment) {

    public Deployment {
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }
}
