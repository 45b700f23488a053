package dev.wheelhouse.ui.cache;

import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.sccache.CacheHistoryRecords;
import dev.wheelhouse.sccache.CacheTotals;
import dev.wheelhouse.sccache.RunCacheSummary;
import dev.wheelhouse.sccache.RunComparison;
import dev.wheelhouse.ui.common.CacheCoverage;
import dev.wheelhouse.ui.common.Count;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * How the cache did in one run of a trend, read back from the history, and against the run before
 * it in the trend (cold versus warm).
 *
 * @param previous   the run before it in the trend, if any
 * @param comparison this run against {@code previous}, when both have figures
 */
public record RunCacheDetail(TrendChart.Run run, int jobs, RunCacheSummary summary, Optional<TrendChart.Run> previous,
                             Optional<RunComparison> comparison) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** Reads the run (and the one before it) from the history: blocking, call it off the FX thread. */
    public static RunCacheDetail read(HistoryStore store, TrendChart chart, TrendChart.Run run) {
        RunCacheSummary summary = summaryOf(store, run);
        Optional<TrendChart.Run> previous = chart.run(run.x() - 1);
        Optional<RunComparison> comparison = summary.jobsWithStats() == 0 ? Optional.empty()
                : previous.map(p -> summaryOf(store, p)).filter(earlier -> earlier.jobsWithStats() > 0)
                .map(earlier -> new RunComparison(earlier, summary));
        return new RunCacheDetail(run, store.jobs(run.runId(), run.attempt()).size(), summary, previous, comparison);
    }

    private static RunCacheSummary summaryOf(HistoryStore store, TrendChart.Run run) {
        return CacheHistoryRecords.runSummary(store.jobs(run.runId(), run.attempt()),
                store.cacheStatsOfRun(run.runId(), run.attempt()));
    }

    /** {@code Run 8812 · 2026-06-02 09:12}. */
    public String title(ZoneId zone) {
        String label = run.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1) + " · "
                + WHEN.format(run.createdAt().atZone(zone));
    }

    /** {@code 20 of 21 jobs that ran have sccache figures · 1,204 hits · 173 misses · 2 cache errors}. */
    public String figures() {
        CacheTotals t = summary.totals();
        StringJoiner line = new StringJoiner(" · ");
        line.add(CacheCoverage.jobs(summary));
        if (summary.jobsWithStats() > 0) {
            line.add(Count.of(t.hits(), "hit", "hits"));
            line.add(Count.of(t.misses(), "miss", "misses"));
            if (t.errors() > 0) {
                line.add(Count.of(t.errors(), "cache error", "cache errors"));
            }
        }
        return line.toString();
    }

    /** Warmer or colder than the run before, by how much; or why there is nothing to compare. */
    public String comparisonText() {
        if (previous.isEmpty()) {
            return "The oldest run kept: nothing before it to compare with.";
        }
        String before = previous.get().label();
        if (summary.jobsWithStats() == 0) {
            return "Not compared: this run has no sccache figures.";
        }
        if (comparison.isEmpty()) {
            return "Not compared: " + before + " has no sccache figures.";
        }
        RunComparison c = comparison.get();
        String change = c.hitRateChange().isPresent() ? String.format(Locale.ROOT,
                "%+.1f points, %+,d hits, %+,d misses", c.hitRateChange().getAsDouble(), c.hitsChange(),
                c.missesChange()) : "";
        return switch (c.trend()) {
            case WARMER -> "Warmer than " + before + ": " + change + ".";
            case COLDER -> "Colder than " + before + ": " + change
                    + ". Entries were evicted or keys changed; the Storage section shows what the cache holds.";
            case UNCHANGED -> "About as warm as " + before + ": " + change + ".";
            case NOT_COMPARABLE -> "Not compared with " + before + ": one of them compiled nothing through sccache.";
        };
    }

    /**
     * {@code local-disk-cache in 5 jobs · cache-errors in 1 job} (the diagnosis codes of
     * {@code stats --json}), or empty when nothing was found wrong.
     */
    public String problems() {
        StringJoiner line = new StringJoiner(" · ");
        for (var entry : summary.diagnosisCounts().entrySet()) {
            line.add(entry.getKey().code() + " in " + entry.getValue() + (entry.getValue() == 1 ? " job" : " jobs"));
        }
        return line.toString();
    }
}
