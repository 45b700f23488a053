package dev.wheelhouse.sandbox.state;

import dev.wheelhouse.sandbox.sim.AttemptSchedule;
import dev.wheelhouse.sandbox.sim.RunPlan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dispatched run: what it was made for, its plan, and every attempt. Immutable; an event
 * (cancel, re-run) makes a new value.
 *
 * @param actor who dispatched it ({@code actor}); each attempt knows who triggered it
 */
public record SimulatedRun(long id, long runNumber, WorkflowFile workflow, String event, String ref,
                           GitRepository.Commit headCommit, Actor actor, Instant createdAt,
                           long checkSuiteId, RunPlan plan, List<Attempt> attempts) {

    public SimulatedRun {
        attempts = List.copyOf(attempts);
    }

    /**
     * One attempt: its timeline, and the job ids by name that the timeline keeps when it is
     * computed again after a cancel.
     *
     * @param triggeredBy who dispatched the run or asked for this re-run ({@code triggering_actor})
     */
    public record Attempt(int number, Instant startedAt, AttemptSchedule schedule, Instant cancelledAt,
                          boolean force, Map<String, Long> jobIds, Actor triggeredBy) {
        public Attempt {
            jobIds = Map.copyOf(jobIds);
        }

        public boolean cancelled() {
            return cancelledAt != null;
        }
    }

    public Attempt latest() {
        return attempts.get(attempts.size() - 1);
    }

    public Optional<Attempt> attempt(int number) {
        return number >= 1 && number <= attempts.size() ? Optional.of(attempts.get(number - 1)) : Optional.empty();
    }

    /** The branch or tag name, as {@code head_branch} shows it. */
    public String headBranch() {
        for (String prefix : new String[]{"refs/heads/", "refs/tags/"}) {
            if (ref.startsWith(prefix)) {
                return ref.substring(prefix.length());
            }
        }
        return ref;
    }

    public String headSha() {
        return headCommit.sha();
    }

    SimulatedRun with(List<Attempt> newAttempts) {
        return new SimulatedRun(id, runNumber, workflow, event, ref, headCommit, actor, createdAt, checkSuiteId,
                plan, newAttempts);
    }
}
