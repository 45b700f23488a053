package dev.wheelhouse.sandbox.sim;

import java.util.Optional;

/** Which jobs of an attempt wait at an environment, and what reviewers have said so far. */
public interface JobGates {

    /** No environment protects anything. */
    JobGates NONE = new JobGates() {
        @Override
        public Optional<DeploymentGate> gateOf(PlannedJob job) {
            return Optional.empty();
        }

        @Override
        public Optional<GateDecision> decision(long environmentId) {
            return Optional.empty();
        }
    };

    Optional<DeploymentGate> gateOf(PlannedJob job);

    /** The review of an environment in this attempt, if one was made. */
    Optional<GateDecision> decision(long environmentId);
}
