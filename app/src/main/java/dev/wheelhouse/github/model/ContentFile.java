package dev.wheelhouse.github.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code GET /repos/{owner}/{repo}/contents/{path}} for a file ({@code content-file}):
 * {@code content} is base64 with a line break every 60 characters, as GitHub sends it. In the
 * answer to a PUT the same object comes without {@code content} and {@code encoding}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ContentFile(
        String type,
        @JsonInclude(JsonInclude.Include.NON_NULL) String encoding,
        long size,
        String name,
        String path,
        @JsonInclude(JsonInclude.Include.NON_NULL) String content,
        String sha,
        String url,
        String gitUrl,
        String htmlUrl,
        String downloadUrl,
        @JsonProperty("_links") Links links) {

    /** Links to the file. */
    public record Links(String self, String git, String html) {
    }
}
