package dev.wheelhouse.github.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code GET /rate_limit}. {@code rate} duplicates {@code resources.core}; API version
 * 2026-03-10 removes it, so it is left out when null.
 */
public record RateLimit(Resources resources,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Bucket rate) {

    /** One rate-limit bucket; {@code reset} is epoch seconds. */
    public record Bucket(int limit, int used, int remaining, long reset) {
    }

    /** The buckets GitHub reports, by resource name. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Resources(
            Bucket core,
            Bucket search,
            Bucket graphql,
            Bucket integrationManifest,
            Bucket sourceImport,
            Bucket codeScanningUpload,
            Bucket codeScanningAutofix,
            Bucket actionsRunnerRegistration,
            Bucket scim,
            Bucket dependencySnapshots,
            Bucket auditLog,
            Bucket auditLogStreaming,
            Bucket codeSearch) {
    }
}
