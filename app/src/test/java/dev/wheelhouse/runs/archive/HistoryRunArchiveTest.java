package dev.wheelhouse.runs.archive;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.history.JobRecord;
import dev.wheelhouse.history.TrendPoint;
import dev.wheelhouse.runs.dispatch.InMemoryDispatchLog;
import dev.wheelhouse.runs.model.JobStats;
import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.poll.PollPolicy;
import dev.wheelhouse.runs.stats.LogCache;
import dev.wheelhouse.runs.watch.RunMonitor;
import dev.wheelhouse.runs.watch.RunWatcher;
import dev.wheelhouse.sccache.RunComparison;
import dev.wheelhouse.testing.SandboxRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryRunArchiveTest {

    private static final String WORKFLOW = ".github/workflows/release.yml";

    @TempDir
    Path dir;

    private HistoryStore store;
    private SandboxRuns runs;

    @AfterEach
    void stop() {
        if (runs != null) {
            runs.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private void start() {
        store = HistoryStore.open(dir.resolve("history.db"));
        HistoryRunArchive archive = new HistoryRunArchive(store, java.time.Clock.systemUTC());
        runs = new SandboxRuns(dir.resolve("logs"), b -> b, archive);
    }

    @Test
    void aWatchedRunIsKeptWithItsJobsTheirCellsAndTheirCacheFigures() {
        start();
        long runId = runs.dispatchRelease();

        RunSnapshot last = runs.watchToTheEnd(runs.watch(runId));

        assertEquals("success", store.run(runId, 1).orElseThrow().conclusion());
        List<JobRecord> jobs = store.jobs(runId, 1);
        assertEquals(24, jobs.size());
        assertTrue(jobs.stream().allMatch(j -> j.status().equals("completed")));
        JobRecord mac = jobs.stream().filter(j -> j.name().equals("build wheels (macos-latest cp312)")).findFirst()
                .orElseThrow();
        assertEquals("{\"os\":\"macos-latest\",\"python\":\"cp312\"}", mac.matrixJson());
        assertEquals("macOS", mac.runnerOs());
        assertEquals(20, store.cacheStatsOfRun(runId, 1).size());
        assertEquals(last.statsOf(mac.jobId()).orElseThrow().summary().totals().orElseThrow().hits(),
                store.cacheStats(mac.jobId()).orElseThrow().hits());
    }

    @Test
    void theSecondRunIsComparedWithTheFirstColdVersusWarm() {
        start();
        runs.watchToTheEnd(runs.watch(runs.dispatchRelease()));
        runs.time.advance(Duration.ofMinutes(5));

        RunSnapshot second = runs.watchToTheEnd(runs.watch(runs.dispatchRelease()));
        runs.time.runUntil(() -> runs.monitor.open().stream().allMatch(w -> w.latest().orElseThrow()
                .comparison().isPresent()), Duration.ofMinutes(1));
        second = runs.monitor.open().get(1).latest().orElseThrow();

        RunComparison comparison = second.comparison().orElseThrow();
        assertEquals(RunComparison.Trend.WARMER, comparison.trend(), comparison.hitRateChange().toString());
        List<TrendPoint> trend = store.trend(runs.repo.fullName(), WORKFLOW, false);
        assertEquals(2, trend.size());
    }

    @Test
    void figuresKeptInAnEarlierSessionAreReadFromTheHistoryNotAskedOfGitHub() {
        start();
        long runId = runs.dispatchRelease();
        runs.watchToTheEnd(runs.watch(runId));

        GitHubClient nextSession = GitHubClient.connect(ApiEndpoint.parse(runs.sandbox.apiUrl()),
                GitHubToken.of(runs.sandbox.token()), ClientOptions.defaults().withClock(runs.time.clock()));
        RunMonitor later = RunMonitor.create(nextSession, runs.time, PollPolicy.defaults(),
                new LogCache(dir.resolve("logs"), LogCache.DEFAULT_MAX_BYTES, runs.time.clock()),
                new HistoryRunArchive(store, java.time.Clock.systemUTC()), new InMemoryDispatchLog(), Runnable::run);
        RunWatcher again = later.watch(RunRef.latest(runs.repo, runId));
        runs.time.runUntil(() -> !again.polling() && again.latest().isPresent(), Duration.ofMinutes(1));

        RunSnapshot shown = again.latest().orElseThrow();
        assertEquals(20, shown.stats().size());
        assertTrue(shown.stats().values().stream().allMatch(s -> s.source() == JobStats.Source.HISTORY));
        assertEquals(3, nextSession.activity().get().requests(), "the jobs, the run and the workflow file; "
                + "no annotation, no log");
        later.close();
    }

    @Test
    void runnerOsFollowsGitHubsNames() {
        assertEquals("Linux", HistoryRunArchive.runnerOs(List.of("ubuntu-24.04-arm")));
        assertEquals("Windows", HistoryRunArchive.runnerOs(List.of("windows-latest")));
        assertEquals("macOS", HistoryRunArchive.runnerOs(List.of("macos-14")));
        assertEquals(null, HistoryRunArchive.runnerOs(List.of("self-hosted", "gpu")));
    }
}
