package dev.wheelhouse.sandbox.sim;

import java.time.Instant;
import java.util.List;

/**
 * One job's whole timeline within an attempt, computed when the attempt is scheduled.
 *
 * @param runAttempt  the attempt that ran it (an earlier one for a job a partial re-run kept)
 * @param startedAt   when a runner picked it up; null if it never started
 * @param conclusion  its conclusion once complete: success, failure, cancelled or skipped
 * @param hostStats   what the runner's sccache server reports at the end; null when no server
 *                    could start, {@link SccacheStats#EMPTY} when the compiles ran elsewhere
 * @param cacheWrite  what the job stored in the Actions cache, or null
 */
public record ScheduledJob(long id, int runAttempt, PlannedJob plan, Instant createdAt,
                           Instant startedAt, Instant completedAt, String conclusion,
                           List<ScheduledStep> steps, long runnerId, CacheWarmth warmth,
                           SccacheStats hostStats, CacheFault fault, CacheWrite cacheWrite) {

    public ScheduledJob {
        steps = List.copyOf(steps);
    }

    /** An entry this job writes to the Actions cache when it completes. */
    public record CacheWrite(String key, String scope, long sizeInBytes) {
    }

    public String name() {
        return plan.name();
    }

    public boolean visibleAt(Instant now) {
        return !createdAt.isAfter(now);
    }

    public boolean completedBy(Instant now) {
        return !completedAt.isAfter(now);
    }

    /** {@code queued}, {@code in_progress} or {@code completed} at {@code now}. */
    public String statusAt(Instant now) {
        if (completedBy(now)) {
            return "completed";
        }
        return startedAt != null && !startedAt.isAfter(now) ? "in_progress" : "queued";
    }

    public String runnerName() {
        return runnerId == 0 ? null : "GitHub Actions " + runnerId;
    }

    public boolean ranOnARunner() {
        return startedAt != null;
    }
}
