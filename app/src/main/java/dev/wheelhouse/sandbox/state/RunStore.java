package dev.wheelhouse.sandbox.state;

import dev.wheelhouse.sandbox.sim.AttemptSchedule;
import dev.wheelhouse.sandbox.sim.CacheLedger;
import dev.wheelhouse.sandbox.sim.FailureRule;
import dev.wheelhouse.sandbox.sim.PlannedJob;
import dev.wheelhouse.sandbox.sim.RunPlan;
import dev.wheelhouse.sandbox.sim.ScheduledJob;
import dev.wheelhouse.sandbox.sim.Scheduler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The runs of one repository and the events that change them: dispatch, cancel, re-run. Each
 * event computes the affected attempt's timeline at once and tells the cache ledger what its
 * jobs will read and write; reading a run at some moment needs nothing more.
 */
public final class RunStore {

    private static final long RUN_ID_BASE = 21_000_000_000L;
    private static final long JOB_ID_BASE = 60_000_000_000L;
    private static final long CHECK_SUITE_BASE = 45_000_000_000L;
    private static final Instant ID_EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    /** Which jobs a re-run repeats. */
    public sealed interface RerunScope permits All, Failed, OneJob {
    }

    /** Every job ({@code …/rerun}). */
    public record All() implements RerunScope {
    }

    /** Failed and cancelled jobs and what needs them ({@code …/rerun-failed-jobs}). */
    public record Failed() implements RerunScope {
    }

    /** One job and what needs it ({@code …/jobs/{job_id}/rerun}). */
    public record OneJob(long jobId) implements RerunScope {
    }

    /** A job with the run and attempt it belongs to. */
    public record LocatedJob(SimulatedRun run, SimulatedRun.Attempt attempt, ScheduledJob job) {
    }

    private final GitRepository repository;
    private final CacheLedger ledger;
    private final long seed;
    private final List<FailureRule> rules;
    private final Map<Long, SimulatedRun> runs = new LinkedHashMap<>();
    private final Map<Long, Long> runNumbers = new HashMap<>();
    private long nextRun = 1;
    private long nextJob = 1;
    private final long runBase;
    private final long jobBase;
    private final long suiteBase;

    /**
     * Ids start from the moment the store starts, so a sandbox session never reuses the run and
     * job ids of an earlier one (a history kept across sessions would mix them otherwise). Per
     * second of a session's life there is room for 142 runs and 9,090 jobs before its ids could
     * reach the next session's start, far more than a simulated runner makes.
     */
    public RunStore(GitRepository repository, CacheLedger ledger, long seed, List<FailureRule> rules, Instant start) {
        this.repository = repository;
        this.ledger = ledger;
        this.seed = seed;
        this.rules = List.copyOf(rules);
        long seconds = Math.max(0, start.getEpochSecond() - ID_EPOCH.getEpochSecond());
        this.runBase = RUN_ID_BASE + seconds * 1_000;
        this.jobBase = JOB_ID_BASE + seconds * 100_000;
        this.suiteBase = CHECK_SUITE_BASE + seconds * 2_000;
    }

    public synchronized SimulatedRun dispatch(WorkflowFile workflow, RunPlan plan, String event, String ref,
                                              GitRepository.Commit head, Actor actor, Instant now) {
        long id = runBase + nextRun * 7 + 3;
        long runNumber = runNumbers.merge(workflow.id(), 1L, Long::sum);
        SimulatedRun run = new SimulatedRun(id, runNumber, workflow, event, ref, head, actor, now,
                suiteBase + nextRun * 13, plan, List.of());
        nextRun++;
        SimulatedRun.Attempt first = schedule(run, 1, now, Map.of(), new HashMap<>(), null, false, actor);
        run = run.with(List.of(first));
        runs.put(id, run);
        return run;
    }

    public synchronized Optional<SimulatedRun> run(long id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** Newest first, as GitHub lists runs. */
    public synchronized List<SimulatedRun> runs() {
        List<SimulatedRun> all = new ArrayList<>(runs.values());
        all.sort(Comparator.comparing(SimulatedRun::createdAt).thenComparing(SimulatedRun::id).reversed());
        return all;
    }

    public synchronized Optional<LocatedJob> job(long jobId) {
        for (SimulatedRun run : runs.values()) {
            for (SimulatedRun.Attempt attempt : run.attempts()) {
                Optional<ScheduledJob> job = attempt.schedule().job(jobId);
                if (job.isPresent() && job.get().runAttempt() == attempt.number()) {
                    return Optional.of(new LocatedJob(run, attempt, job.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** @throws IllegalStateException when the latest attempt has completed already */
    public synchronized SimulatedRun cancel(long runId, Instant now, boolean force) {
        SimulatedRun run = runs.get(runId);
        SimulatedRun.Attempt latest = run.latest();
        if (latest.schedule().completedBy(now)) {
            throw new IllegalStateException("completed");
        }
        if (latest.cancelled() && !force) {
            return run;
        }
        Instant at = latest.cancelled() ? latest.cancelledAt() : now;
        Map<String, ScheduledJob> kept = carried(latest);
        SimulatedRun.Attempt redone = schedule(run, latest.number(), latest.startedAt(), kept,
                new HashMap<>(latest.jobIds()), at, force, latest.triggeredBy());
        List<SimulatedRun.Attempt> attempts = new ArrayList<>(run.attempts());
        attempts.set(attempts.size() - 1, redone);
        SimulatedRun updated = run.with(attempts);
        runs.put(runId, updated);
        return updated;
    }

    /** @throws IllegalStateException when the latest attempt has not completed, or nothing failed */
    public synchronized SimulatedRun rerun(long runId, Instant now, RerunScope scope, Actor by) {
        SimulatedRun run = runs.get(runId);
        SimulatedRun.Attempt latest = run.latest();
        if (!latest.schedule().completedBy(now)) {
            throw new IllegalStateException("running");
        }
        Set<String> again;
        if (scope instanceof OneJob one) {
            again = withDependents(run.plan(), latest.schedule().job(one.jobId())
                    .map(j -> List.of(j.plan().name())).orElse(List.of()), latest.schedule());
        } else if (scope instanceof Failed) {
            again = withDependents(run.plan(), latest.schedule().jobs().stream()
                    .filter(j -> j.conclusion().equals("failure") || j.conclusion().equals("cancelled"))
                    .map(j -> j.plan().name()).toList(), latest.schedule());
        } else {
            again = names(run.plan());
        }
        if (again.isEmpty()) {
            throw new IllegalStateException("nothing to re-run");
        }
        Map<String, ScheduledJob> kept = new LinkedHashMap<>();
        for (ScheduledJob job : latest.schedule().jobs()) {
            if (!again.contains(job.plan().name())) {
                kept.put(job.plan().name(), job);
            }
        }
        SimulatedRun.Attempt next = schedule(run, latest.number() + 1, now, kept, new HashMap<>(), null, false, by);
        List<SimulatedRun.Attempt> attempts = new ArrayList<>(run.attempts());
        attempts.add(next);
        SimulatedRun updated = run.with(attempts);
        runs.put(runId, updated);
        return updated;
    }

    private SimulatedRun.Attempt schedule(SimulatedRun run, int attempt, Instant start, Map<String, ScheduledJob> kept,
                                          Map<String, Long> ids, Instant cancelAt, boolean force, Actor by) {
        String key = run.id() + "/" + attempt;
        ledger.forget(key);
        AttemptSchedule schedule = Scheduler.schedule(new Scheduler.Inputs(run.id(), attempt, run.plan(), run.ref(),
                start, seed, rules, kept, name -> ids.computeIfAbsent(name, n -> jobBase + nextJob++ * 11),
                ledger, cancelAt, force));
        ledger.record(key, run.ref(), schedule);
        return new SimulatedRun.Attempt(attempt, start, schedule, cancelAt, force, ids, by);
    }

    private static Map<String, ScheduledJob> carried(SimulatedRun.Attempt attempt) {
        Map<String, ScheduledJob> kept = new LinkedHashMap<>();
        attempt.schedule().jobs().stream().filter(j -> j.runAttempt() != attempt.number())
                .forEach(j -> kept.put(j.plan().name(), j));
        return kept;
    }

    private static Set<String> names(RunPlan plan) {
        Set<String> names = new HashSet<>();
        plan.jobs().forEach(j -> names.add(j.name()));
        return names;
    }

    /** The named jobs, every job of a job id that needs one of them, transitively, and jobs never created. */
    private static Set<String> withDependents(RunPlan plan, List<String> names, AttemptSchedule last) {
        if (names.isEmpty()) {
            return Set.of();
        }
        Set<String> jobIds = new HashSet<>();
        plan.jobs().stream().filter(j -> names.contains(j.name())).forEach(j -> jobIds.add(j.jobId()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (PlannedJob job : plan.jobs()) {
                if (!jobIds.contains(job.jobId()) && job.needs().stream().anyMatch(jobIds::contains)) {
                    jobIds.add(job.jobId());
                    grew = true;
                }
            }
        }
        Set<String> again = new HashSet<>(names);
        for (PlannedJob job : plan.jobs()) {
            boolean dependent = jobIds.contains(job.jobId()) && job.needs().stream().anyMatch(jobIds::contains);
            boolean neverCreated = last.jobs().stream().noneMatch(j -> j.plan().name().equals(job.name()));
            if (dependent || neverCreated) {
                again.add(job.name());
            }
        }
        return again;
    }
}
