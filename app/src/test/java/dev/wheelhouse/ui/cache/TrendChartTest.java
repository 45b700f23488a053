package dev.wheelhouse.ui.cache;

import dev.wheelhouse.history.TrendPoint;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendChartTest {

    private static final Instant T = Instant.parse("2026-06-02T09:00:00Z");

    private static TrendPoint point(long run, int attempt, String os, long hits, long misses, int meanMinutes,
                                    int longestMinutes) {
        return new TrendPoint(run, attempt, T.plusSeconds(run * 60), os, 4, hits + misses == 0 ? 0 : 4, hits, misses,
                Optional.of(Duration.ofMinutes(meanMinutes)), Optional.of(Duration.ofMinutes(longestMinutes)));
    }

    @Test
    void runsAreNumberedFromOneOldestFirstWithTheRateAndBothDurationsPerRun() {
        TrendChart chart = TrendChart.of(List.of(point(11, 1, null, 0, 200, 10, 14),
                point(12, 1, null, 190, 10, 4, 6)), false);

        assertEquals(List.of(1, 2), chart.runs().stream().map(TrendChart.Run::x).toList());
        assertEquals(List.of(11L, 12L), chart.runs().stream().map(TrendChart.Run::runId).toList());
        TrendChart.Series rate = chart.hitRateSeries(TrendChart.ALL_JOBS).orElseThrow();
        assertEquals(List.of(0.0, 95.0), rate.samples().stream().map(TrendChart.Sample::y).toList());
        assertEquals(List.of(TrendChart.MEAN_JOB, TrendChart.LONGEST_JOB),
                chart.durations().stream().map(TrendChart.Series::name).toList());
        assertEquals(List.of(10.0, 4.0), chart.durations().get(0).samples().stream().map(TrendChart.Sample::y)
                .toList());
        assertEquals(List.of(14.0, 6.0), chart.durations().get(1).samples().stream().map(TrendChart.Sample::y)
                .toList());
        assertTrue(rate.samples().get(1).detail().startsWith("run 12: 95.00 % cache hits rate (190 hits, 10 misses"),
                rate.samples().get(1).detail());
    }

    @Test
    void aRunWhereNothingWasLookedUpHasNoRatePointButKeepsItsDurations() {
        TrendChart chart = TrendChart.of(List.of(point(11, 1, null, 0, 0, 10, 14),
                point(12, 1, null, 50, 50, 4, 6)), false);

        assertEquals(List.of(2), chart.hitRates().get(0).samples().stream().map(TrendChart.Sample::x).toList());
        assertEquals(2, chart.durations().get(0).samples().size());
        assertTrue(chart.hasHitRates());
        assertFalse(TrendChart.of(List.of(point(11, 1, null, 0, 0, 10, 14)), false).hasHitRates());
    }

    @Test
    void splitByRunnerOsGivesOneSeriesPerOsAndRunnersWithoutOneTogether() {
        TrendChart chart = TrendChart.of(List.of(
                point(11, 1, "Linux", 0, 100, 8, 9), point(11, 1, "macOS", 0, 100, 12, 13),
                point(11, 1, null, 0, 10, 2, 2),
                point(12, 1, "Linux", 90, 10, 3, 4), point(12, 1, "macOS", 80, 20, 5, 6)), true);

        assertEquals(2, chart.runs().size(), "one run however many OS points it has");
        assertEquals(List.of("Linux", "macOS", TrendChart.OTHER_OS),
                chart.hitRates().stream().map(TrendChart.Series::name).toList());
        assertEquals(List.of(0.0, 90.0), chart.hitRateSeries("Linux").orElseThrow().samples().stream()
                .map(TrendChart.Sample::y).toList());
        assertEquals(List.of("Linux", "macOS", TrendChart.OTHER_OS),
                chart.durations().stream().map(TrendChart.Series::name).toList(), "the mean job per OS");
        assertEquals(List.of(12.0, 5.0), chart.durations().get(1).samples().stream().map(TrendChart.Sample::y)
                .toList());
    }

    @Test
    void eachAttemptOfARunIsAPointOfItsOwn() {
        TrendChart chart = TrendChart.of(List.of(point(11, 1, null, 0, 100, 8, 9),
                point(11, 2, null, 100, 0, 3, 4)), false);

        assertEquals(List.of("run 11", "run 11, attempt 2"), chart.runs().stream().map(TrendChart.Run::label)
                .toList());
        assertEquals(Optional.of(chart.runs().get(1)), chart.run(2));
        assertEquals(Optional.empty(), chart.run(3));
        assertEquals(Optional.empty(), chart.run(0));
    }

    @Test
    void noPointsIsTheEmptyChart() {
        TrendChart chart = TrendChart.of(List.of(), false);

        assertTrue(chart.isEmpty());
        assertTrue(chart.hitRates().isEmpty());
        assertTrue(chart.durations().isEmpty(), "series without points are left out");
    }
}
