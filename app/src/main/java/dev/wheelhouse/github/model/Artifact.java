package dev.wheelhouse.github.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.Optional;

/**
 * A workflow run's artifact ({@code GET …/actions/artifacts/{artifact_id}}, also a list item; schema
 * {@code artifact}, https://docs.github.com/rest/actions/artifacts). {@code digest} is {@code sha256:<hex>} of the
 * zip for artifacts uploaded with {@code upload-artifact} v4 or later, null otherwise (no recording has it);
 * {@code workflow_run} is null for an artifact whose run is gone.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Artifact(long id, String nodeId, String name, long sizeInBytes, String url, String archiveDownloadUrl,
                       boolean expired, Instant createdAt, Instant updatedAt, Instant expiresAt,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String digest,
                       RunRef workflowRun) {

    /** The run an artifact belongs to. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RunRef(long id, long repositoryId, long headRepositoryId, String headBranch, String headSha) {
    }

    /** The hex SHA-256 of the zip, when GitHub gives a digest in the {@code sha256:} form. */
    public Optional<String> sha256() {
        return digest != null && digest.startsWith("sha256:") ? Optional.of(digest.substring("sha256:".length()))
                : Optional.empty();
    }
}
