package dev.wheelhouse.ui.cache;

import dev.wheelhouse.history.TrendPoint;
import dev.wheelhouse.runs.model.RunProgress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the two trend charts draw: runs along the x axis (1 = the oldest kept), the hit rate and
 * the job durations per run, over all jobs or one series per runner OS.
 *
 * @param runs      the runs, oldest first; a run's x is its position from 1
 * @param hitRates  percent, sccache's definition; a run where nothing was looked up has no point
 * @param durations minutes
 */
public record TrendChart(List<Run> runs, List<Series> hitRates, List<Series> durations) {

    /** Series name of the whole-run figures. */
    public static final String ALL_JOBS = "All jobs";
    public static final String MEAN_JOB = "Mean job";
    public static final String LONGEST_JOB = "Longest job";
    /** Jobs on a runner whose labels named no OS (self-hosted, custom labels). */
    public static final String OTHER_OS = "Other runners";

    public static final TrendChart EMPTY = new TrendChart(List.of(), List.of(), List.of());

    /** One run (attempt) of the workflow. */
    public record Run(int x, long runId, int attempt, Instant createdAt) {

        /** {@code run 8812} or {@code run 8812, attempt 2}. */
        public String label() {
            return "run " + runId + (attempt > 1 ? ", attempt " + attempt : "");
        }
    }

    /** One point, with the sentence its tooltip shows. */
    public record Sample(int x, double y, String detail) {
    }

    public record Series(String name, List<Sample> samples) {

        public Series {
            samples = List.copyOf(samples);
        }
    }

    public TrendChart {
        runs = List.copyOf(runs);
        hitRates = List.copyOf(hitRates);
        durations = List.copyOf(durations);
    }

    /** The chart of {@code HistoryStore.trend(repo, workflow, byRunnerOs)}'s points. */
    public static TrendChart of(List<TrendPoint> points, boolean byRunnerOs) {
        Map<String, Run> runs = new LinkedHashMap<>();
        for (TrendPoint p : points) {
            runs.computeIfAbsent(p.runId() + "/" + p.attempt(),
                    key -> new Run(runs.size() + 1, p.runId(), p.attempt(), p.runCreatedAt()));
        }
        Map<String, List<Sample>> rates = new LinkedHashMap<>();
        Map<String, List<Sample>> durations = new LinkedHashMap<>();
        if (!byRunnerOs) {
            durations.put(MEAN_JOB, new ArrayList<>());
            durations.put(LONGEST_JOB, new ArrayList<>());
        }
        for (TrendPoint p : points) {
            Run run = runs.get(p.runId() + "/" + p.attempt());
            String name = byRunnerOs ? Objects.requireNonNullElse(p.runnerOs(), OTHER_OS) : ALL_JOBS;
            List<Sample> rateSeries = rates.computeIfAbsent(name, n -> new ArrayList<>());
            p.hitRatePercent().ifPresent(rate -> rateSeries.add(new Sample(run.x(), rate, rateDetail(run, p, name))));
            if (byRunnerOs) {
                List<Sample> series = durations.computeIfAbsent(name, n -> new ArrayList<>());
                p.meanJobDuration().ifPresent(d -> series.add(durationSample(run, p, d, "mean " + name + " job")));
            } else {
                p.meanJobDuration().ifPresent(d -> durations.get(MEAN_JOB)
                        .add(durationSample(run, p, d, "mean job")));
                p.longestJobDuration().ifPresent(d -> durations.get(LONGEST_JOB)
                        .add(durationSample(run, p, d, "longest job")));
            }
        }
        return new TrendChart(List.copyOf(runs.values()), series(rates), series(durations));
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** Some run has a hit rate: some job's log had sccache figures with lookups in them. */
    public boolean hasHitRates() {
        return hitRates.stream().anyMatch(s -> !s.samples().isEmpty());
    }

    public Optional<Run> run(int x) {
        return x >= 1 && x <= runs.size() ? Optional.of(runs.get(x - 1)) : Optional.empty();
    }

    public Optional<Series> hitRateSeries(String name) {
        return hitRates.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static List<Series> series(Map<String, List<Sample>> byName) {
        List<Series> result = new ArrayList<>();
        byName.forEach((name, samples) -> {
            if (!samples.isEmpty()) {
                result.add(new Series(name, samples));
            }
        });
        return result;
    }

    private static String rateDetail(Run run, TrendPoint p, String name) {
        String over = name.equals(ALL_JOBS) ? p.jobsWithStats() + " jobs with figures"
                : p.jobsWithStats() + " " + name + " jobs with figures";
        return String.format(Locale.ROOT, "%s: %.2f %% cache hits rate (%,d hits, %,d misses; %s)", run.label(),
                p.hitRatePercent().orElseThrow(), p.hits(), p.misses(), over);
    }

    private static Sample durationSample(Run run, TrendPoint p, Duration d, String what) {
        return new Sample(run.x(), d.toMillis() / 60_000.0,
                run.label() + ": " + what + " " + RunProgress.clock(d) + " (" + p.jobs() + " jobs)");
    }
}
