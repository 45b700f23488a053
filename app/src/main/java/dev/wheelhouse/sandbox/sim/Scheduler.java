package dev.wheelhouse.sandbox.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;

/**
 * Computes an attempt's whole timeline. A job becomes visible when everything it needs has
 * completed; it runs if its {@code if:} holds for how they ended, and is otherwise skipped at
 * that moment. Jobs a partial re-run keeps are carried over unchanged. After a cancel, jobs
 * that had not yet become visible never appear, as GitHub never creates them.
 */
public final class Scheduler {

    private static final long RUNNER_ID_BASE = 1_000_000_000L;

    /**
     * What an attempt's timeline depends on.
     *
     * @param carriedOver jobs kept from the previous attempt, by name (a partial re-run)
     * @param ids         the id of each job by name: stable, so a re-computation after a cancel
     *                    gives the same jobs the same ids
     * @param cancelAt    when the attempt was cancelled, or null
     * @param gates       the jobs that wait at a protected environment, and the reviews so far
     */
    public record Inputs(long runId, int attempt, RunPlan plan, String ref, Instant start,
                         long seed, List<FailureRule> rules,
                         Map<String, ScheduledJob> carriedOver, ToLongFunction<String> ids,
                         CacheLookup caches, Instant cancelAt, boolean force, JobGates gates) {
        public Inputs {
            rules = List.copyOf(rules);
            carriedOver = Map.copyOf(carriedOver);
            java.util.Objects.requireNonNull(gates);
        }

        /** An attempt in which no environment protects a job. */
        public Inputs(long runId, int attempt, RunPlan plan, String ref, Instant start, long seed, List<FailureRule> rules,
                      Map<String, ScheduledJob> carriedOver, ToLongFunction<String> ids, CacheLookup caches,
                      Instant cancelAt, boolean force) {
            this(runId, attempt, plan, ref, start, seed, rules, carriedOver, ids, caches, cancelAt, force, JobGates.NONE);
        }
    }

    private Scheduler() {
    }

    public static AttemptSchedule schedule(Inputs in) {
        Map<String, List<ScheduledJob>> byJobId = new LinkedHashMap<>();
        Set<String> absent = new HashSet<>();
        List<PlannedJob> pending = new ArrayList<>(in.plan().jobs());
        List<ScheduledJob> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            PlannedJob next = pending.stream()
                    .filter(j -> j.needs().stream().allMatch(n -> byJobId.containsKey(n) || absent.contains(n)
                            || !declared(in.plan(), n)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the jobs' needs form a cycle: "
                            + pending.stream().map(PlannedJob::jobId).distinct().toList()));
            // Take every cell of this job id at once so its needs are settled for all of them.
            List<PlannedJob> cells = pending.stream().filter(j -> j.jobId().equals(next.jobId())).toList();
            pending.removeAll(cells);
            if (next.needs().stream().anyMatch(absent::contains)) {
                absent.add(next.jobId());
                continue;
            }
            List<ScheduledJob> needed = next.needs().stream()
                    .flatMap(n -> byJobId.getOrDefault(n, List.of()).stream()).toList();
            // A re-run's kept jobs completed before the attempt began; nothing starts before it.
            Instant readyAt = needed.stream().map(ScheduledJob::completedAt)
                    .filter(t -> t.isAfter(in.start())).max(Instant::compareTo).orElse(in.start());
            boolean cancelledBefore = in.cancelAt() != null && in.cancelAt().isBefore(readyAt);
            Condition.Outcome outcome = cancelledBefore ? Condition.Outcome.CANCELLED : outcomeOf(needed);
            List<ScheduledJob> placed = new ArrayList<>();
            for (PlannedJob cell : cells) {
                ScheduledJob kept = in.carriedOver().get(cell.name());
                ScheduledJob job;
                if (kept != null) {
                    job = kept;
                } else if (!cancelledBefore) {
                    job = place(in, cell, readyAt, outcome, in.cancelAt());
                } else if (!in.force() && cell.condition().holds(Condition.Outcome.CANCELLED)) {
                    // An always() job still runs after a cancel; only a force-cancel stops it.
                    job = place(in, cell, readyAt, outcome, null);
                } else {
                    continue;
                }
                placed.add(job);
                out.add(job);
            }
            if (placed.isEmpty() && cancelledBefore) {
                absent.add(next.jobId());
                continue;
            }
            byJobId.put(next.jobId(), placed);
        }
        return new AttemptSchedule(in.attempt(), in.start(), out);
    }

    private static ScheduledJob place(Inputs in, PlannedJob job, Instant readyAt, Condition.Outcome outcome,
                                      Instant cancelAt) {
        long id = in.ids().applyAsLong(job.name());
        if (!job.condition().holds(outcome)) {
            return JobTimeline.skipped(job, id, in.attempt(), readyAt);
        }
        CacheFault fault = in.rules().stream().filter(r -> r.hits(job.name(), in.attempt()))
                .map(FailureRule::fault).findFirst().orElse(null);
        SplittableRandom random = new SplittableRandom(mix(in.seed(), in.runId(), in.attempt(), job.name()));
        JobTimeline.Context context = new JobTimeline.Context(job, id, in.attempt(), RUNNER_ID_BASE + id % 1_000_000_000L,
                in.ref(), readyAt, random, fault, in.caches(), cancelAt, in.force());
        java.util.Optional<DeploymentGate> gate = in.gates().gateOf(job).filter(DeploymentGate::needsReview);
        if (gate.isPresent()) {
            return GatedJobs.place(context, gate.get(), in.gates().decision(gate.get().environmentId()).orElse(null));
        }
        return JobTimeline.run(context);
    }

    private static Condition.Outcome outcomeOf(List<ScheduledJob> needed) {
        if (needed.stream().anyMatch(j -> j.conclusion().equals("cancelled"))) {
            return Condition.Outcome.CANCELLED;
        }
        if (needed.stream().anyMatch(j -> j.conclusion().equals("failure"))) {
            return Condition.Outcome.FAILURE;
        }
        if (needed.stream().anyMatch(j -> j.conclusion().equals("skipped"))) {
            return Condition.Outcome.SKIPPED;
        }
        return Condition.Outcome.SUCCESS;
    }

    private static boolean declared(RunPlan plan, String jobId) {
        return plan.jobs().stream().anyMatch(j -> j.jobId().equals(jobId));
    }

    private static long mix(long seed, long runId, int attempt, String name) {
        long h = seed * 0x9E3779B97F4A7C15L + runId;
        h = h * 31 + attempt;
        h = h * 0xBF58476D1CE4E5B9L + name.hashCode();
        return h ^ (h >>> 31);
    }
}
