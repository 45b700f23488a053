package dev.wheelhouse.github.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code PUT /repos/{owner}/{repo}/contents/{path}}: {@code content} is base64;
 * {@code sha} is the blob being replaced (required when the file exists, and must match).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileUpdateRequest(String message, String content, String sha, String branch) {
}
