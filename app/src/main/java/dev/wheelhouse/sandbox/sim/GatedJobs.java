package dev.wheelhouse.sandbox.sim;

import java.time.Instant;
import java.util.List;

/**
 * Lays out a job that waits at a protected environment. It is created when its needs are done and waits
 * (no runner); approved, it is picked up once the wait timer has also run out; rejected, it fails at that moment
 * without running ("If a job is rejected, the workflow will fail"); unreviewed, it fails after 30 days; a cancel
 * while it waits cancels it.
 */
final class GatedJobs {

    private GatedJobs() {
    }

    static ScheduledJob place(JobTimeline.Context context, DeploymentGate gate, GateDecision decision) {
        PlannedJob job = context.job();
        Instant waitingSince = context.readyAt();
        Instant cancelAt = context.cancelAt();
        boolean decidedFirst = decision != null && (cancelAt == null || decision.at().isBefore(cancelAt));
        if (!decidedFirst) {
            Instant end = cancelAt != null ? max(cancelAt, waitingSince) : waitingSince.plus(DeploymentGate.REVIEW_TIMEOUT);
            return ended(context, waitingSince, end, cancelAt != null ? "cancelled" : "failure");
        }
        if (!decision.approved()) {
            return ended(context, waitingSince, max(decision.at(), waitingSince), "failure");
        }
        Instant go = max(decision.at(), waitingSince.plus(gate.waitTimer()));
        ScheduledJob ran = JobTimeline.run(new JobTimeline.Context(job, context.id(), context.attempt(),
                context.runnerId(), context.ref(), go, context.random(), context.fault(), context.caches(), cancelAt,
                context.force()));
        return new ScheduledJob(ran.id(), ran.runAttempt(), ran.plan(), waitingSince, ran.startedAt(), ran.completedAt(),
                ran.conclusion(), ran.steps(), ran.runnerId(), ran.warmth(), ran.hostStats(), ran.fault(), ran.cacheWrite());
    }

    /** Whether a job placed here is still waiting for a review at {@code now}. */
    static boolean waiting(ScheduledJob job, Instant now) {
        return job.visibleAt(now) && !job.completedBy(now) && (job.startedAt() == null || job.startedAt().isAfter(now));
    }

    private static ScheduledJob ended(JobTimeline.Context context, Instant waitingSince, Instant end, String conclusion) {
        return new ScheduledJob(context.id(), context.attempt(), context.job(), waitingSince, null, end, conclusion,
                List.of(), 0, CacheWarmth.COLD, null, context.fault(), null);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
