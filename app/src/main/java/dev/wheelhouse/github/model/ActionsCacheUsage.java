package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code GET /repos/{owner}/{repo}/actions/cache/usage}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ActionsCacheUsage(String fullName, long activeCachesSizeInBytes,
                                int activeCachesCount) {
}
