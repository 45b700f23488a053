package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.watch.RunWatcher;
import dev.wheelhouse.sandbox.sim.CacheFault;
import dev.wheelhouse.sandbox.sim.FailureRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunNoticeTest {

    private static final String WINDOWS_312 = "build wheels (windows-latest cp312)";

    @TempDir
    Path cacheDir;

    private RunsSandbox sandbox;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private RunSnapshot finishedRun(List<FailureRule> failures) {
        sandbox = new RunsSandbox(cacheDir, b -> b.failures(failures), RunArchive.NONE);
        RunWatcher watcher = sandbox.monitor.watch(RunRef.latest(sandbox.repo, sandbox.dispatchRelease()));
        sandbox.runUntil(() -> watcher.latest().map(RunSnapshot::finished).orElse(false), "the run finishes");
        return watcher.latest().orElseThrow();
    }

    @Test
    void aFailedJobAndTheFailedRunAreErrorsThatNameTheRunAndAreShownEvenWithFailuresOnly() {
        RunSnapshot run = finishedRun(List.of(FailureRule.of(WINDOWS_312, CacheFault.BUILD_FAILURE)));
        JobSnapshot failed = run.jobs().stream().filter(j -> j.name().equals(WINDOWS_312)).findFirst().orElseThrow();

        RunNotice job = RunNotice.jobFailed(run, failed);
        RunNotice completed = RunNotice.completed(run);

        assertEquals(WINDOWS_312 + " failed", job.title());
        assertEquals("Run " + run.run().id() + " · release.yml on main. Click to open the run.", job.text());
        assertTrue(job.failure() && job.shown(true));
        assertEquals(run.run().id(), job.runId());
        assertEquals("Run " + run.run().id() + " failed", completed.title());
        assertTrue(completed.text().startsWith("release.yml on main · ") && completed.text()
                .endsWith(" · 1 failed job(s). Click to open it."), completed.text());
        assertTrue(completed.shown(true));
    }

    @Test
    void aSuccessfulRunIsQuietWithFailuresOnly() {
        RunNotice completed = RunNotice.completed(finishedRun(List.of()));

        assertTrue(completed.title().endsWith(" succeeded"), completed.title());
        assertFalse(completed.failure());
        assertTrue(completed.shown(false));
        assertFalse(completed.shown(true));
    }
}
