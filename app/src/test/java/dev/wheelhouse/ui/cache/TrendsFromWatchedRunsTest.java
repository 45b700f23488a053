package dev.wheelhouse.ui.cache;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.RetryPolicy;
import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.runs.archive.HistoryRunArchive;
import dev.wheelhouse.runs.dispatch.InMemoryDispatchLog;
import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.poll.PollPolicy;
import dev.wheelhouse.runs.stats.LogCache;
import dev.wheelhouse.runs.watch.RunMonitor;
import dev.wheelhouse.runs.watch.RunWatcher;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;
import dev.wheelhouse.testing.VirtualTime;
import dev.wheelhouse.ui.common.CacheCoverage;
import dev.wheelhouse.ui.common.Heat;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Trends model over what a run monitor really records: satkit's release workflow run twice
 * in the sandbox (over HTTP, on virtual time), watched to the end into a history file. The runs
 * are made once; each test reads the history with a model of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendsFromWatchedRunsTest {

    private static final String RELEASE = ".github/workflows/release.yml";

    private long first;
    private long second;
    private RunSnapshot secondAsWatched;

    private final VirtualTime time = VirtualTime.startingAt("2026-06-02T09:00:00Z");
    private Sandbox sandbox;
    private HistoryStore store;
    private GitHubClient client;
    private RunMonitor monitor;
    private RepositoryRef repo;

    @BeforeAll
    void runTheReleaseTwice(@TempDir Path dir) throws IOException {
        sandbox = Sandbox.start(SandboxConfig.builder().speed(10).clock(time.clock()).build());
        store = HistoryStore.open(dir.resolve("history.db"));
        client = GitHubClient.connect(ApiEndpoint.parse(sandbox.apiUrl()), GitHubToken.of(sandbox.token()),
                ClientOptions.defaults().withClock(time.clock())
                        .withRetry(new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(4), 0)));
        repo = RepositoryRef.parse(sandbox.repo());
        monitor = RunMonitor.create(client, time, PollPolicy.defaults(),
                new LogCache(dir.resolve("logs"), LogCache.DEFAULT_MAX_BYTES, time.clock()),
                new HistoryRunArchive(store, Clock.systemUTC()), new InMemoryDispatchLog(), Runnable::run);
        first = watchARelease();
        second = watchARelease();
    }

    @AfterAll
    void stop() {
        monitor.close();
        sandbox.close();
        store.close();
    }

    private long watchARelease() {
        long runId = client.dispatch(repo, "release.yml", "main", Map.of(), true).runId().orElseThrow();
        RunWatcher watcher = monitor.watch(RunRef.latest(repo, runId));
        assertTrue(time.runUntil(() -> !watcher.polling() && watcher.latest().map(RunSnapshot::finished)
                .orElse(false), Duration.ofHours(2)), "the run finished");
        time.advance(Duration.ofMinutes(5));
        secondAsWatched = watcher.latest().orElseThrow();
        return runId;
    }

    private TrendsViewModel shown() {
        TrendsViewModel model = new TrendsViewModel(new DirectTaskExecutor(), () -> store);
        model.showRepository(repo.fullName());
        return model;
    }

    @Test
    void twoWatchedRunsAreTwoPointsColdThenWarm() {
        TrendsViewModel model = shown();

        assertEquals(RELEASE, model.workflowProperty().get());
        assertEquals(List.of(first, second), model.chartProperty().get().runs().stream()
                .map(TrendChart.Run::runId).toList());
        List<Double> rates = model.chartProperty().get().hitRateSeries(TrendChart.ALL_JOBS).orElseThrow().samples()
                .stream().map(TrendChart.Sample::y).toList();
        assertEquals(Heat.COLD, Heat.ofPercent(java.util.OptionalDouble.of(rates.get(0))), rates.toString());
        assertEquals(Heat.WARM, Heat.ofPercent(java.util.OptionalDouble.of(rates.get(1))), rates.toString());
        RunCacheDetail detail = model.detailProperty().get();
        assertEquals(second, detail.run().runId());
        assertTrue(detail.comparisonText().startsWith("Warmer than run " + first + ": +"), detail.comparisonText());
        assertTrue(detail.figures().startsWith("20 of 21 jobs that ran have sccache figures"), detail.figures());
    }

    @Test
    void theRunTabAndTheCacheScreenCountTheSameJobsOfARun() {
        RunCacheDetail detail = shown().detailProperty().get();
        var live = secondAsWatched.cacheSummary();
        var stored = detail.summary();

        assertEquals(live.jobs().size(), stored.jobs().size(), "the jobs counted");
        assertEquals(live.jobsWithStats(), stored.jobsWithStats(), "the jobs with figures");
        assertEquals(live.totals(), stored.totals());
        assertTrue(detail.figures().startsWith(CacheCoverage.jobs(live)), detail.figures());
    }

    @Test
    void splitByOsTheLinuxJobsHaveDurationsButNoRateForTheirStatsWerePrintedOnTheHost() {
        TrendsViewModel model = shown();

        model.byRunnerOsProperty().set(true);

        TrendChart chart = model.chartProperty().get();
        assertEquals(Set.of("macOS", "Windows"), chart.hitRates().stream().map(TrendChart.Series::name)
                        .collect(Collectors.toSet()),
                "manylinux jobs compile in a container whose sccache the host's stats do not see");
        assertEquals(Set.of("Linux", "macOS", "Windows"), chart.durations().stream().map(TrendChart.Series::name)
                .collect(Collectors.toSet()));
        assertTrue(model.detailProperty().get().problems().contains("stats-on-host in 10 jobs"),
                model.detailProperty().get().problems());
    }
}
