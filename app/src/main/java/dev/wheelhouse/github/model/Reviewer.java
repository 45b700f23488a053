package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A required reviewer of an environment: {@code {type: "User"|"Team", reviewer}}; a team is read as its login-less user form. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Reviewer(String type, SimpleUser reviewer) {
}
