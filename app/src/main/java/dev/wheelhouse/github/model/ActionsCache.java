package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/** One GitHub Actions cache entry. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ActionsCache(
        long id,
        String ref,
        String key,
        String version,
        Instant lastAccessedAt,
        Instant createdAt,
        long sizeInBytes) {
}
