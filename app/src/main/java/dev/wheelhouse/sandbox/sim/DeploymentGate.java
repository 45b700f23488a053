package dev.wheelhouse.sandbox.sim;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The protection rules a job meets when it targets an environment: required reviewers (it waits, status
 * {@code waiting}, until one of them approves or rejects) and a wait timer (it starts no sooner than that long
 * after it began to wait), as GitHub applies them
 * (https://docs.github.com/actions/managing-workflow-runs-and-deployments/managing-deployments/reviewing-deployments).
 *
 * @param environmentId the environment's id
 * @param environment   its name
 * @param waitTimer     the wait timer, zero for none
 * @param reviewers     the logins that may review; empty when the environment requires no review
 */
public record DeploymentGate(long environmentId, String environment, Duration waitTimer, List<String> reviewers) {

    /** GitHub fails a job nobody reviewed within 30 days. */
    public static final Duration REVIEW_TIMEOUT = Duration.ofDays(30);

    public DeploymentGate {
        Objects.requireNonNull(environment);
        Objects.requireNonNull(waitTimer);
        reviewers = List.copyOf(reviewers);
    }

    public boolean needsReview() {
        return !reviewers.isEmpty();
    }

    public boolean reviewableBy(String login) {
        return reviewers.stream().anyMatch(r -> r.equalsIgnoreCase(login));
    }
}
