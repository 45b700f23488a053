package dev.wheelhouse.runs.model;

import dev.wheelhouse.sccache.JobCacheSummary;

import java.util.Objects;
import java.util.Optional;

/**
 * How sccache did in one job, and where the figures came from.
 *
 * @param summary hits, misses, errors, per-language figures and diagnoses; without totals when
 *                the job printed no statistics
 * @param problem why the figures are missing or partial (log gone, download cut short), said for
 *                the user
 */
public record JobStats(long jobId, Source source, JobCacheSummary summary, Optional<String> problem) {

    /** Where the figures were read, cheapest first. */
    public enum Source {
        /** sccache-action's notice among the check run's annotations: hits, misses, errors only. */
        ANNOTATION,
        /** The job log, scanned while it downloaded or from the log cache. */
        LOG,
        /** The local history store, for runs seen before. */
        HISTORY
    }

    public JobStats {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(problem, "problem");
    }

    public boolean hasFigures() {
        return summary.hasStats();
    }
}
