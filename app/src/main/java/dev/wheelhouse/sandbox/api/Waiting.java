package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.sandbox.sim.DeploymentGate;
import dev.wheelhouse.sandbox.sim.GateDecision;
import dev.wheelhouse.sandbox.sim.ScheduledJob;
import dev.wheelhouse.sandbox.state.SimulatedRun;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which jobs wait at a protected environment at a moment: created, not started, and either not reviewed yet or
 * approved while the wait timer still runs. GitHub shows such a job, and a run whose only unfinished work waits,
 * with status {@code waiting}.
 */
final class Waiting {

    private final SandboxWorld world;

    Waiting(SandboxWorld world) {
        this.world = world;
    }

    /** The gate a job waits at now, if it does. */
    Optional<DeploymentGate> gateWaitedAt(SimulatedRun run, ScheduledJob job, Instant now) {
        if (!job.visibleAt(now) || job.completedBy(now) || (job.startedAt() != null && !job.startedAt().isAfter(now))) {
            return Optional.empty();
        }
        Optional<DeploymentGate> gate = world.runs().gateOf(run.id(), job.plan()).filter(DeploymentGate::needsReview);
        if (gate.isEmpty()) {
            return Optional.empty();
        }
        Optional<GateDecision> decision = decision(run, job.runAttempt(), gate.get(), now);
        boolean timerRuns = now.isBefore(job.createdAt().plus(gate.get().waitTimer()));
        return decision.isEmpty() || (decision.get().approved() && timerRuns) ? gate : Optional.empty();
    }

    /** Whether the job waits for review now (not for the timer alone). */
    boolean awaitingReview(SimulatedRun run, ScheduledJob job, Instant now) {
        return gateWaitedAt(run, job, now).map(g -> decision(run, job.runAttempt(), g, now).isEmpty()).orElse(false);
    }

    /** {@code waiting} when jobs wait and none runs; otherwise the attempt's own status. */
    String runStatus(SimulatedRun run, SimulatedRun.Attempt attempt, Instant now) {
        String status = attempt.schedule().statusAt(now);
        if (status.equals("completed")) {
            return status;
        }
        List<ScheduledJob> jobs = attempt.schedule().visibleAt(now);
        boolean someoneWaits = jobs.stream().anyMatch(j -> gateWaitedAt(run, j, now).isPresent());
        boolean someoneRuns = jobs.stream().anyMatch(j -> !j.completedBy(now) && j.startedAt() != null
                && !j.startedAt().isAfter(now));
        return someoneWaits && !someoneRuns ? "waiting" : status;
    }

    String jobStatus(SimulatedRun run, ScheduledJob job, Instant now) {
        return gateWaitedAt(run, job, now).isPresent() ? "waiting" : job.statusAt(now);
    }

    private Optional<GateDecision> decision(SimulatedRun run, int attempt, DeploymentGate gate, Instant now) {
        return world.runs().reviews(run.id(), attempt).stream()
                .filter(d -> d.environmentId() == gate.environmentId() && !d.at().isAfter(now)).findFirst();
    }
}
