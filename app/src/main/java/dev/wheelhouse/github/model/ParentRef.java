package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A commit's parent. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ParentRef(String sha, String url, String htmlUrl) {
}
