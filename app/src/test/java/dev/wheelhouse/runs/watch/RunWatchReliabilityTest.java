package dev.wheelhouse.runs.watch;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.RetryPolicy;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.runs.api.ActionsCalls;
import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.JobStats;
import dev.wheelhouse.runs.model.MatrixCells;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.sandbox.http.FaultPlan;
import dev.wheelhouse.testing.SandboxRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 6, "Reliability": a flaky GitHub costs retries, never the right final state. */
class RunWatchReliabilityTest {

    private static final FaultPlan FLAKY = FaultPlan.FLAKY;

    @TempDir
    Path cacheDir;

    private SandboxRuns runs;

    @AfterEach
    void stop() {
        if (runs != null) {
            runs.close();
        }
    }

    private long dispatchDespiteFaults() {
        for (int attempt = 1; ; attempt++) {
            try {
                return runs.dispatchRelease();
            } catch (GitHubException e) {
                // A dispatch is not repeated by the client; the fault came before the sandbox acted.
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }

    private Map<Long, Job> truth(long runId) {
        GitHubClient patient = GitHubClient.connect(ApiEndpoint.parse(runs.sandbox.apiUrl()),
                GitHubToken.of(runs.sandbox.token()), ClientOptions.defaults().withClock(runs.time.clock())
                        .withRetry(new RetryPolicy(30, Duration.ofMillis(1), Duration.ofMillis(2), 0)));
        return new ActionsCalls(patient).jobs(runs.repo, runId, 1).value().jobs().stream()
                .collect(Collectors.toMap(Job::id, Function.identity()));
    }

    @Test
    void withServerErrorsResetsAndSlowAnswersTheRunEndsRightWithTheRetriesCounted() {
        runs = new SandboxRuns(cacheDir, b -> b.faults(FLAKY).seed(6), RunArchive.NONE);
        long runId = dispatchDespiteFaults();
        RunWatcher watcher = runs.watch(runId);
        List<String> problems = new CopyOnWriteArrayList<>();
        watcher.subscribe(new RunWatchListener() {
            @Override
            public void snapshot(RunSnapshot snapshot) {
            }

            @Override
            public void problem(String message, boolean stopped) {
                problems.add(message);
            }
        });

        // Virtual time runs every poll on this thread: an exception escaping a poll would end the test here.
        RunSnapshot last = runs.watchToTheEnd(watcher);

        RunWatcherTest.assertSameFinalState(truth(runId), last);
        assertEquals("success", last.run().conclusion());
        MatrixCells wheels = last.layout().matrices().get(0);
        assertEquals(20, wheels.runJobByIndex().size(), "every cell found its job");
        for (long jobId : wheels.runJobByIndex().values()) {
            JobStats stats = last.statsOf(jobId).orElseThrow(() -> new AssertionError("no figures for job " + jobId));
            assertTrue(stats.hasFigures() || stats.problem().isPresent(), "figures, or why there are none");
        }
        assertTrue(runs.client.activity().get().retries() > 0, "the status bar has retries to show");
        assertTrue(problems.stream().noneMatch(p -> p.contains("Exception") || p.contains("\tat ")), problems.toString());
    }

    @Test
    void aLogDownloadCutShortLeavesNothingCachedAndIsTriedAgainWhenTheJobIsOpened() {
        runs = new SandboxRuns(cacheDir, b -> b.faults(new FaultPlan(0, 0, 0, 0, 0, Duration.ZERO, 1.0)),
                RunArchive.NONE);
        RunWatcher watcher = runs.watch(runs.dispatchRelease());
        RunSnapshot last = runs.watchToTheEnd(watcher);
        JobSnapshot linux = last.jobs().stream().filter(j -> j.name().equals("build wheels (ubuntu-latest cp313)"))
                .findFirst().orElseThrow();

        JobStats cut = last.statsOf(linux.id()).orElseThrow();
        assertTrue(cut.problem().orElseThrow().contains("broke off"), cut.problem().toString());
        assertEquals(0, runs.logs.entries());
        long before = runs.route("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs");

        watcher.loadJobDetails(linux.id());

        assertEquals(before + 1, runs.route("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"));
    }
}
