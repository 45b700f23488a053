package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/** A commit's signature verification; {@code reason} is {@code unsigned} for an unsigned commit. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Verification(boolean verified, String reason, String signature, String payload,
                           Instant verifiedAt) {
}
