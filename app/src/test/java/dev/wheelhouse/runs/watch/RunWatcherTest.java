package dev.wheelhouse.runs.watch;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.runs.api.ActionsCalls;
import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.runs.dispatch.InMemoryDispatchLog;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.JobStats;
import dev.wheelhouse.runs.model.MatrixCells;
import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.model.StripJob;
import dev.wheelhouse.runs.poll.PollPolicy;
import dev.wheelhouse.runs.stats.LogCache;
import dev.wheelhouse.sandbox.sim.CacheFault;
import dev.wheelhouse.sandbox.sim.FailureRule;
import dev.wheelhouse.sccache.DiagnosisCode;
import dev.wheelhouse.testing.SandboxRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunWatcherTest {

    private static final String WINDOWS_312 = "build wheels (windows-latest cp312)";

    @TempDir
    Path cacheDir;

    private SandboxRuns runs;

    @AfterEach
    void stop() {
        if (runs != null) {
            runs.close();
        }
    }

    /** The jobs as the sandbox has them, read with a client of its own. */
    private Map<Long, Job> truth(long runId) {
        GitHubClient fresh = GitHubClient.connect(ApiEndpoint.parse(runs.sandbox.apiUrl()),
                GitHubToken.of(runs.sandbox.token()), ClientOptions.defaults().withClock(runs.time.clock())
                        .withRetry(new dev.wheelhouse.github.RetryPolicy(10, Duration.ofMillis(1), Duration.ofMillis(5), 0)));
        return new ActionsCalls(fresh).jobs(runs.repo, runId, 1).value().jobs().stream()
                .collect(Collectors.toMap(Job::id, Function.identity()));
    }

    static void assertSameFinalState(Map<Long, Job> truth, RunSnapshot last) {
        assertEquals(truth.keySet(), last.jobs().stream().map(JobSnapshot::id).collect(Collectors.toSet()));
        for (JobSnapshot job : last.jobs()) {
            Job real = truth.get(job.id());
            assertEquals(real.status(), job.status(), job.name());
            assertEquals(real.conclusion(), job.conclusion(), job.name());
            assertEquals(real.completedAt(), job.completedAt(), job.name());
        }
    }

    /** The notification events, as "failed JOB" and "run CONCLUSION". */
    private List<String> recordEvents() {
        List<String> events = new CopyOnWriteArrayList<>();
        runs.monitor.onEvents(new RunEventListener() {
            @Override
            public void runCompleted(RunSnapshot snapshot) {
                events.add("run " + snapshot.run().conclusion());
            }

            @Override
            public void jobFailed(RunSnapshot snapshot, JobSnapshot job) {
                events.add("failed " + job.name());
            }
        });
        return events;
    }

    @Test
    void watchingAReleaseRunEndsWithEveryJobAsGitHubHasItAndEveryWheelOnItsCell() {
        runs = new SandboxRuns(cacheDir);
        long runId = runs.dispatchRelease();
        RunWatcher watcher = runs.watch(runId);
        List<RunSnapshot> seen = new CopyOnWriteArrayList<>();
        watcher.subscribe(seen::add);

        RunSnapshot last = runs.watchToTheEnd(watcher);

        assertSameFinalState(truth(runId), last);
        assertEquals("completed", last.run().status());
        assertEquals("success", last.run().conclusion());
        assertTrue(last.summaryLine(runs.time.now()).startsWith("24/24 done · 0 failed · 0 running · "));
        MatrixCells wheels = last.layout().matrices().get(0);
        for (int i = 0; i < 20; i++) {
            long jobId = wheels.runJobAt(i).orElseThrow();
            assertEquals(wheels.expectedNames().get(i), last.job(jobId).orElseThrow().name());
        }
        assertEquals(List.of("verify version", "test before release", "publish to crates.io", "publish to PyPI"),
                last.layout().strip().stream().map(StripJob::name).toList());
        assertTrue(seen.stream().anyMatch(s -> s.jobs().stream().anyMatch(JobSnapshot::running)),
                "cells were seen running on the way");
        for (int i = 1; i < seen.size(); i++) {
            assertFalse(seen.get(i).observedAt().isBefore(seen.get(i - 1).observedAt()), "never an older snapshot");
        }
    }

    @Test
    void onlyTheJobsListIsPolledAndTheRunOnlyWhenTheJobsSayItMayHaveChanged() {
        runs = new SandboxRuns(cacheDir);
        long runId = runs.dispatchRelease();

        runs.watchToTheEnd(runs.watch(runId));

        Map<String, Long> routes = runs.quietStats().routes();
        assertEquals(null, routes.get("GET /repos/{owner}/{repo}/actions/jobs/{job_id}"), "no job is fetched alone");
        assertTrue(routes.get("GET /repos/{owner}/{repo}/actions/runs/{run_id}") <= 4, routes.toString());
        assertEquals(1L, routes.get("GET /repos/{owner}/{repo}/contents/{+path}"), "the workflow file, once");
        assertTrue(runs.quietStats().notModified() > 0, "unchanged polls are answered 304");
        assertTrue(runs.client.activity().get().notModified() > 0);
    }

    @Test
    void figuresComeFromTheNoticeWhereItCountsAndFromTheLogOnlyWhereItDoesNot() {
        runs = new SandboxRuns(cacheDir);
        RunSnapshot last = runs.watchToTheEnd(runs.watch(runs.dispatchRelease()));

        MatrixCells wheels = last.layout().matrices().get(0);
        List<JobStats> macos = new ArrayList<>();
        List<JobStats> linux = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            JobSnapshot job = last.job(wheels.runJobAt(i).orElseThrow()).orElseThrow();
            JobStats stats = last.statsOf(job.id()).orElseThrow(() -> new AssertionError("no figures for " + job.name()));
            (job.name().contains("ubuntu") ? linux : macos).add(stats);
        }
        assertTrue(macos.stream().allMatch(s -> s.source() == JobStats.Source.ANNOTATION && s.hasFigures()
                && s.summary().totals().orElseThrow().misses() > 0));
        assertEquals(10, linux.size());
        assertTrue(linux.stream().allMatch(s -> s.source() == JobStats.Source.LOG
                && s.summary().has(DiagnosisCode.STATS_ON_HOST)), "compiled in the container, counted on the host");
        assertEquals(10L, runs.route("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"));
        assertEquals(20L, runs.route("GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"));
        assertEquals(10, runs.logs.entries(), "each downloaded log is kept");
        assertTrue(last.cacheSummary().jobsWithStats() == 20);
    }

    @Test
    void aLogAlreadyCachedIsNeverDownloadedAgain() {
        runs = new SandboxRuns(cacheDir);
        long runId = runs.dispatchRelease();
        RunSnapshot first = runs.watchToTheEnd(runs.watch(runId));
        long linuxJob = first.jobs().stream().filter(j -> j.name().equals("build wheels (ubuntu-latest cp312)"))
                .findFirst().orElseThrow().id();
        long macJob = first.jobs().stream().filter(j -> j.name().equals("build wheels (macos-latest cp312)"))
                .findFirst().orElseThrow().id();
        long logsBefore = runs.route("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs");

        // A new session: another monitor with the same log cache directory.
        RunMonitor later = RunMonitor.create(runs.client, runs.time, PollPolicy.defaults(),
                new LogCache(cacheDir, LogCache.DEFAULT_MAX_BYTES, runs.time.clock()), RunArchive.NONE,
                new InMemoryDispatchLog(), Runnable::run);
        RunWatcher again = later.watch(RunRef.latest(runs.repo, runId));
        runs.time.runUntil(() -> again.latest().map(s -> s.statsOf(linuxJob).isPresent()).orElse(false),
                Duration.ofMinutes(1));
        again.loadJobDetails(linuxJob);
        again.loadJobDetails(macJob);
        runs.time.advance(Duration.ofSeconds(1));

        long logsAfter = runs.route("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs");
        assertEquals(logsBefore + 1, logsAfter, "only the macOS log, which the notice had made unnecessary");
        JobStats mac = again.latest().orElseThrow().statsOf(macJob).orElseThrow();
        assertEquals(JobStats.Source.LOG, mac.source());
        assertFalse(mac.summary().languages().isEmpty(), "the log adds the per-language figures");
        later.close();
    }

    @Test
    void aRunClosedAndOpenedAgainShowsItsFiguresWithoutReadingThemAgain() {
        runs = new SandboxRuns(cacheDir);
        long runId = runs.dispatchRelease();
        RunWatcher first = runs.watch(runId);
        runs.watchToTheEnd(first);
        first.close();
        long requests = runs.client.activity().get().requests();

        RunWatcher reopened = runs.watch(runId);
        runs.time.runUntil(() -> !reopened.polling() && reopened.latest().isPresent(), Duration.ofMinutes(1));

        assertEquals(20, reopened.latest().orElseThrow().stats().size());
        assertEquals(requests + 2, runs.client.activity().get().requests(), "the jobs list and the run, nothing else");
    }

    @Test
    void aFailedJobIsAnnouncedOnceAndTheRunsCompletionCarriesItsConclusion() {
        runs = new SandboxRuns(cacheDir, b -> b.failures(List.of(FailureRule.of(WINDOWS_312, CacheFault.BUILD_FAILURE))),
                RunArchive.NONE);
        List<String> events = recordEvents();

        RunSnapshot last = runs.watchToTheEnd(runs.watch(runs.dispatchRelease()));

        assertEquals(List.of("failed " + WINDOWS_312, "run failure"), events);
        MatrixCells wheels = last.layout().matrices().get(0);
        JobSnapshot failed = last.job(wheels.runJobAt(12).orElseThrow()).orElseThrow();
        assertEquals(WINDOWS_312, failed.name());
        assertEquals("failure", failed.conclusion());
    }

    @Test
    void failuresOnlyKeepsASuccessfulRunQuiet() {
        runs = new SandboxRuns(cacheDir);
        runs.monitor.notificationSettings(NotificationSettings.FAILURES_ONLY);
        List<String> events = recordEvents();

        runs.watchToTheEnd(runs.watch(runs.dispatchRelease()));

        assertEquals(List.of(), events);
    }

    @Test
    void reRunningTheFailedJobsWatchesTheNewAttemptOnTheSameCell() {
        runs = new SandboxRuns(cacheDir, b -> b.failures(List.of(FailureRule.of(WINDOWS_312, CacheFault.BUILD_FAILURE))),
                RunArchive.NONE);
        RunWatcher watcher = runs.watch(runs.dispatchRelease());
        RunSnapshot first = runs.watchToTheEnd(watcher);
        long firstId = first.layout().matrices().get(0).runJobAt(12).orElseThrow();
        List<String> cellStates = new CopyOnWriteArrayList<>();
        watcher.subscribe(s -> s.layout().matrices().get(0).runJobAt(12).flatMap(s::job)
                .ifPresent(j -> cellStates.add(j.runAttempt() + ":" + j.status())));

        runs.monitor.actions().rerunFailed(watcher);
        RunSnapshot second = runs.watchToTheEnd(watcher);

        assertEquals(2, second.run().attempt());
        long secondId = second.layout().matrices().get(0).runJobAt(12).orElseThrow();
        assertNotEquals(firstId, secondId);
        assertTrue(cellStates.contains("2:in_progress"), cellStates.toString());
        assertEquals("2:completed", cellStates.get(cellStates.size() - 1));
        assertSameFinalState(truth(second.run().id()), second);
    }

    @Test
    void cancellingARunningRunEndsItCancelled() {
        runs = new SandboxRuns(cacheDir);
        RunWatcher watcher = runs.watch(runs.dispatchRelease());
        runs.time.runUntil(() -> watcher.latest().map(s -> s.jobs().stream().filter(JobSnapshot::running).count() > 5)
                .orElse(false), Duration.ofMinutes(10));

        runs.monitor.actions().cancel(watcher);
        RunSnapshot last = runs.watchToTheEnd(watcher);

        assertEquals("cancelled", last.run().conclusion());
        assertTrue(last.jobs().stream().anyMatch(j -> "cancelled".equals(j.conclusion())));
    }

    /** A release run whose windows-latest cp312 job fails, re-run once, both attempts watched to the end. */
    private RunWatcher runReRunOnce() {
        runs = new SandboxRuns(cacheDir, b -> b.failures(List.of(FailureRule.of(WINDOWS_312, CacheFault.BUILD_FAILURE))),
                RunArchive.NONE);
        RunWatcher watcher = runs.watch(runs.dispatchRelease());
        runs.watchToTheEnd(watcher);
        runs.monitor.actions().rerunFailed(watcher);
        runs.watchToTheEnd(watcher);
        return watcher;
    }

    @Test
    void anEarlierAttemptIsReadOnceAndNeverPolledAgain() {
        RunWatcher latest = runReRunOnce();
        long runId = latest.ref().runId();

        RunWatcher attempt1 = runs.monitor.watch(RunRef.attempt(runs.repo, runId, 1));
        runs.time.advance(Duration.ofSeconds(1));
        long before = runs.quietStats().total();
        runs.time.advance(Duration.ofMinutes(5));

        assertFalse(attempt1.polling());
        assertEquals(before, runs.quietStats().total());
        RunSnapshot one = attempt1.latest().orElseThrow();
        assertEquals(1, one.run().attempt());
        assertEquals("failure", one.run().conclusion());
    }

    @Test
    void aRunNobodyWatchesAnyMoreKeepsNoConditionalAnswersInTheClient() {
        runs = new SandboxRuns(cacheDir);
        long runId = runs.dispatchRelease();
        RunWatcher first = runs.watch(runId);
        runs.watchToTheEnd(first);

        // While watched, asking again is answered from the kept ETags: 304s, free.
        long notModified = runs.quietStats().notModified();
        first.refresh();
        runs.time.runUntil(() -> runs.quietStats().notModified() > notModified, Duration.ofMinutes(5));
        assertTrue(runs.quietStats().notModified() > notModified, "a watched run's refresh is answered 304");

        first.close();
        long before = runs.quietStats().notModified();
        long runsAsked = runs.route("GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs");
        RunWatcher again = runs.watch(runId);
        runs.time.runUntil(() -> again.latest().isPresent(), Duration.ofMinutes(5));

        assertTrue(runs.route("GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs") > runsAsked);
        assertEquals(before, runs.quietStats().notModified(), "nothing of the closed run was kept to revalidate");
        again.close();
    }

    @Test
    void closingARunReRunOnceLeavesNoAnswerOfEitherAttemptBehind() {
        RunWatcher watcher = runReRunOnce();
        int whileWatched = runs.client.keptAnswers();

        watcher.close();

        // What stays is what every run of the workflow shares: the workflow file at its commit.
        assertTrue(whileWatched > 20, "the run's pages and its jobs' annotations were kept: " + whileWatched);
        assertEquals(1, runs.client.keptAnswers(), "the first attempt's failed job's annotations went too");
    }
}
