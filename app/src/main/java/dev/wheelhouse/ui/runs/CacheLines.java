package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.model.JobStats;
import dev.wheelhouse.sccache.CacheTotals;
import dev.wheelhouse.sccache.HitRate;
import dev.wheelhouse.sccache.JobCacheSummary;
import dev.wheelhouse.sccache.RunCacheSummary;
import dev.wheelhouse.sccache.RunComparison;
import dev.wheelhouse.ui.common.CacheCoverage;
import dev.wheelhouse.ui.common.Count;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** sccache's figures as the run view words them: per job, per run, and against the previous run. */
final class CacheLines {

    private CacheLines() {
    }

    /** {@code 94 %} for a cell; {@code no compilations} is its own state, never 0 %. */
    static String shortRate(HitRate rate) {
        if (rate.noCompilations()) {
            // The legend's words: "none" read as "no cache", which is not what happened.
            return "nothing compiled";
        }
        OptionalDouble percent = rate.percent();
        return percent.isEmpty() ? "" : Math.round(percent.getAsDouble()) + " %";
    }

    /** {@code Cache hits rate 94.12 % · 320 hits · 20 misses · 0 errors (from the job log)}. */
    static String job(JobStats stats) {
        JobCacheSummary summary = stats.summary();
        if (summary.totals().isEmpty()) {
            return "sccache printed no statistics in this job";
        }
        HitRate rate = summary.hitRate();
        String head = rate.noCompilations()
                ? "No compilation went through sccache"
                : rate.label() + " " + rate.display();
        return head + " · " + counts(summary.totals().get()) + " (" + source(stats.source()) + ")";
    }

    /** {@code 19 of 20 jobs that ran have sccache figures: Cache hits rate 95.10 % · 1,234 hits · 56 misses · 0 errors}. */
    static String run(RunCacheSummary summary) {
        if (summary.jobsWithStats() == 0) {
            return "sccache: no figures yet";
        }
        HitRate rate = summary.hitRate();
        String head = rate.noCompilations() ? "nothing compiled through sccache" : rate.label() + " " + rate.display();
        return CacheCoverage.jobs(summary) + ": " + head + " · " + counts(summary.totals());
    }

    /**
     * {@code Previous run: 2.10 % → this run: 95.12 % (+93.0 points, warmer)}: a cold run then a
     * warm one is the cache working; the other way round means its entries were evicted or keys
     * changed.
     */
    static Optional<String> comparison(Optional<RunComparison> comparison) {
        return comparison.map(c -> {
            String before = c.earlier().hitRate().display();
            String after = c.later().hitRate().display();
            String change = c.hitRateChange().isPresent()
                    ? String.format(Locale.ROOT, "%+.1f points, ", c.hitRateChange().getAsDouble()) : "";
            String trend = switch (c.trend()) {
                case WARMER -> "warmer: the cache paid off";
                case COLDER -> "colder: entries were evicted or the cache keys changed";
                case UNCHANGED -> "about the same";
                case NOT_COMPARABLE -> "not comparable";
            };
            return "Previous run " + before + " → this run " + after + " (" + change + trend + ")";
        });
    }

    static String counts(CacheTotals totals) {
        return Count.of(totals.hits(), "hit", "hits") + " · " + Count.of(totals.misses(), "miss", "misses") + " · "
                + Count.of(totals.errors(), "error", "errors");
    }

    static String source(JobStats.Source source) {
        return switch (source) {
            case ANNOTATION -> "from sccache-action's notice";
            case LOG -> "from the job log";
            case HISTORY -> "from the local history";
        };
    }
}
