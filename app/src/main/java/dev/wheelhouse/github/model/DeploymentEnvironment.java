package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/**
 * One item of {@code GET /repos/{owner}/{repo}/environments} (schema {@code environment},
 * https://docs.github.com/rest/deployments/environments#list-environments): what a job's
 * {@code environment:} and a dispatch input of type {@code environment} name.
 *
 * @param deploymentBranchPolicy null when any branch may deploy
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeploymentEnvironment(long id, String nodeId, String name, String url, String htmlUrl,
                                    Instant createdAt, Instant updatedAt, boolean canAdminsBypass,
                                    List<ProtectionRule> protectionRules, BranchPolicy deploymentBranchPolicy) {

    public DeploymentEnvironment {
        protectionRules = protectionRules == null ? List.of() : List.copyOf(protectionRules);
    }

    /**
     * A rule the environment applies; {@code type} is {@code branch_policy}, {@code wait_timer} (with
     * {@code wait_timer}, minutes) or {@code required_reviewers} (with {@code reviewers} and, in newer answers,
     * {@code prevent_self_review}). Members a rule type does not have are absent, not null.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record ProtectionRule(long id, String nodeId, String type, Boolean preventSelfReview,
                                 List<Reviewer> reviewers, Integer waitTimer) {

        public ProtectionRule(long id, String nodeId, String type) {
            this(id, nodeId, type, null, null, null);
        }
    }

    /** Which refs may deploy: protected branches only, or the environment's own branch and tag rules. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BranchPolicy(boolean protectedBranches, boolean customBranchPolicies) {
    }
}
