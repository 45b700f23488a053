package dev.wheelhouse.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One run (attempt) of a workflow in a trend, over all its jobs or over the jobs of one runner OS.
 *
 * @param runnerOs          the OS of the jobs this point covers; null for a point over every job
 * @param jobs              jobs covered
 * @param jobsWithStats     jobs among them with cache figures
 * @param hits              sum of the jobs' cache hits
 * @param misses            sum of the jobs' cache misses
 * @param meanJobDuration   mean of the jobs' durations, empty when none finished
 * @param longestJobDuration the longest job, empty when none finished
 */
public record TrendPoint(long runId, int attempt, Instant runCreatedAt, String runnerOs, int jobs,
                         int jobsWithStats, long hits, long misses, Optional<Duration> meanJobDuration,
                         Optional<Duration> longestJobDuration) {

    /**
     * hits / (hits + misses), sccache's definition of its rate; empty when nothing was looked up
     * (which is not 0%).
     */
    public OptionalDouble hitRatePercent() {
        long lookups = hits + misses;
        return lookups == 0 ? OptionalDouble.empty() : OptionalDouble.of(hits * 100.0 / lookups);
    }
}
