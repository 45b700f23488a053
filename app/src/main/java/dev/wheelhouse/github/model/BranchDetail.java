package dev.wheelhouse.github.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** {@code GET /repos/{owner}/{repo}/branches/{branch}} ({@code branch-with-protection}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BranchDetail(
        String name,
        Commit commit,
        @JsonProperty("_links") Links links,
        @JsonProperty("protected") boolean isProtected,
        Protection protection,
        String protectionUrl) {

    /** Links to the branch. */
    public record Links(String self, String html) {
    }

    /** The branch protection summary; {@code enabled} false on an unprotected branch. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Protection(boolean enabled, RequiredStatusChecks requiredStatusChecks) {
    }

    /** Required checks; {@code enforcement_level} is {@code off} when nothing is required. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RequiredStatusChecks(String enforcementLevel, List<String> contexts,
                                       List<Check> checks) {
        public RequiredStatusChecks {
            contexts = List.copyOf(contexts);
            checks = List.copyOf(checks);
        }
    }

    /** One required check. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Check(String context, Long appId) {
    }
}
