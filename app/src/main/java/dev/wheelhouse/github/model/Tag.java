package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One item of {@code GET /repos/{owner}/{repo}/tags} (schema {@code tag},
 * https://docs.github.com/rest/repos/repos#list-repository-tags): a bare array, paged.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Tag(String name, CommitRef commit, String zipballUrl, String tarballUrl, String nodeId) {

    /** The commit the tag names (for an annotated tag, the commit it points at). */
    public record CommitRef(String sha, String url) {
    }
}
