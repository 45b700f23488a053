package dev.wheelhouse.sandbox.release;

import dev.wheelhouse.sandbox.sim.DeploymentGate;
import dev.wheelhouse.sandbox.state.Actor;
import dev.wheelhouse.sandbox.state.RepositoryEnvironment;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An environment's deployment protection rules: who must review a deployment, and how long a job waits at least.
 *
 * @param reviewers        required reviewers (users); empty for none
 * @param waitTimerMinutes the wait timer, 0 for none
 */
public record ProtectedEnvironment(RepositoryEnvironment environment, List<Actor> reviewers, int waitTimerMinutes) {

    public ProtectedEnvironment {
        Objects.requireNonNull(environment);
        reviewers = List.copyOf(reviewers);
    }

    public DeploymentGate gate() {
        return new DeploymentGate(environment.id(), environment.name(), Duration.ofMinutes(waitTimerMinutes),
                reviewers.stream().map(Actor::login).toList());
    }
}
