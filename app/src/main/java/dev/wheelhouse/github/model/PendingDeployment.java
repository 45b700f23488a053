package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/**
 * One item of {@code GET …/actions/runs/{run_id}/pending_deployments} (schema {@code pending-deployment}): an
 * environment a job of the run waits for, its wait timer (minutes) and since when it runs, whether the token's user
 * may approve, and the required reviewers.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PendingDeployment(EnvironmentRef environment, int waitTimer, Instant waitTimerStartedAt,
                                boolean currentUserCanApprove, List<Reviewer> reviewers) {

    public PendingDeployment {
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
    }
}
