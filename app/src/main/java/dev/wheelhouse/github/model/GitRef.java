package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code GET /repos/{owner}/{repo}/git/ref/{ref}} and the 201 of creating a ref. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GitRef(String ref, String nodeId, String url,
                     @com.fasterxml.jackson.annotation.JsonProperty("object") Target target) {

    /** What the ref points at: {@code type} is {@code commit} for a branch. */
    public record Target(String sha, String type, String url) {
    }
}
