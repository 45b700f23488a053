package dev.wheelhouse.ui.runs;

import dev.wheelhouse.ui.common.Heat;
import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.runs.archive.HistoryRunArchive;
import dev.wheelhouse.runs.dispatch.DispatchRecord;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.sandbox.sim.CacheFault;
import dev.wheelhouse.sandbox.sim.FailureRule;
import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.sccache.DiagnosisCode;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import dev.wheelhouse.workflow.grid.GridAxisValue;
import dev.wheelhouse.workflow.grid.MatrixGridLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunViewModelTest {

    private static final String WINDOWS_312 = "build wheels (windows-latest cp312)";

    @TempDir
    Path cacheDir;

    private RunsSandbox sandbox;
    private RunViewModel model;

    @AfterEach
    void stop() {
        if (model != null) {
            model.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private RunViewModel open(long runId) {
        model = new RunViewModel(new DirectTaskExecutor(), sandbox.repository, runId);
        return model;
    }

    private boolean finished() {
        RunSnapshot s = model.snapshotProperty().get();
        return s != null && s.finished();
    }

    private static int index(List<GridAxisValue> values, String label) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label + " is not on the grid: " + values);
    }

    private RunCell cell(String os, String python) {
        MatrixGridLayout layout = model.grid().layoutProperty().get();
        return model.cell(index(layout.rows(), os), index(layout.columns(), python));
    }

    /** The word a cell showed at every published snapshot, repeats folded. */
    private List<StatusBadge> watchCell(String os, String python) {
        List<StatusBadge> seen = new ArrayList<>();
        model.snapshotProperty().addListener((obs, old, s) -> {
            if (model.grid().layoutProperty().get() == null) {
                return;
            }
            StatusBadge now = cell(os, python).badge();
            if (seen.isEmpty() || seen.get(seen.size() - 1) != now) {
                seen.add(now);
            }
        });
        return seen;
    }

    @Test
    void aReleaseRunFillsEveryCellOfTheEditorsGridAndEndsWithItsSummaryAndCacheTotals() {
        sandbox = new RunsSandbox(cacheDir);
        open(sandbox.dispatchRelease());
        java.util.Map<String, List<StatusBadge>> seen = new java.util.LinkedHashMap<>();
        for (String os : List.of("macos-latest", "ubuntu-latest", "windows-latest", "ubuntu-24.04-arm")) {
            for (String python : List.of("cp310", "cp311", "cp312", "cp313", "cp314")) {
                seen.put(os + " " + python, watchCell(os, python));
            }
        }

        sandbox.runUntil(this::finished, "the run finishes");

        MatrixGridLayout layout = model.grid().layoutProperty().get();
        assertEquals(List.of("macos-latest", "ubuntu-latest", "windows-latest", "ubuntu-24.04-arm"),
                layout.rows().stream().map(GridAxisValue::label).toList());
        assertEquals(5, layout.columns().size());
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 5; c++) {
                RunCell cell = model.cell(r, c);
                assertEquals(StatusBadge.SUCCESS, cell.badge(), "cell " + r + "," + c);
                assertTrue(cell.time().matches("\\d+:\\d\\d"), cell.time());
                assertTrue(cell.heat().isPresent(), "the hit rate is known once the job completed");
                assertTrue(cell.tooltip().contains("hits"), cell.tooltip());
            }
        }
        List<StatusBadge> order = List.of(StatusBadge.WAITING, StatusBadge.QUEUED, StatusBadge.RUNNING,
                StatusBadge.SUCCESS);
        seen.forEach((cell, states) -> {
            assertTrue(states.contains(StatusBadge.RUNNING) && states.get(states.size() - 1) == StatusBadge.SUCCESS,
                    cell + " " + states);
            for (int i = 1; i < states.size(); i++) {
                assertTrue(order.indexOf(states.get(i)) > order.indexOf(states.get(i - 1)),
                        cell + " went backwards: " + states);
            }
        });
        assertTrue(seen.values().stream().anyMatch(states -> states.contains(StatusBadge.QUEUED)),
                "cells are seen queued for a runner: " + seen);
        assertTrue(model.summaryProperty().get().startsWith("24/24 done · 0 failed · 0 running · "),
                model.summaryProperty().get());
        assertEquals(StatusBadge.SUCCESS, model.statusProperty().get());
        assertTrue(model.cacheLineProperty().get().startsWith("20 of 21 jobs that ran have sccache figures: "), model.cacheLineProperty().get());
        assertEquals(List.of("verify version", "test before release", "publish to crates.io", "publish to PyPI"),
                model.strip().stream().map(StripItem::name).toList());
        assertEquals(StatusBadge.SUCCESS, model.strip().get(1).badge());
        assertTrue(model.headingProperty().get().startsWith("Run " + model.runId() + " · #"),
                model.headingProperty().get());
        assertTrue(model.rerunnableProperty().get());
        assertFalse(model.cancellableProperty().get());
    }

    @Test
    void anInjectedFailureLandsInItsCellAndReRunningTheFailedJobsRunsThatCellAgainUntilItSucceeds() {
        sandbox = new RunsSandbox(cacheDir,
                b -> b.failures(List.of(FailureRule.firstAttempt(WINDOWS_312, CacheFault.BUILD_FAILURE))),
                RunArchive.NONE);
        open(sandbox.dispatchRelease());
        sandbox.runUntil(this::finished, "the first attempt finishes");

        assertEquals(StatusBadge.FAILED, cell("windows-latest", "cp312").badge());
        assertEquals(StatusBadge.SUCCESS, cell("windows-latest", "cp311").badge());
        assertEquals(StatusBadge.FAILED, model.statusProperty().get());
        assertTrue(model.summaryProperty().get().contains(" · 1 failed · "), model.summaryProperty().get());
        assertTrue(model.hasFailuresProperty().get());
        long failedJob = cell("windows-latest", "cp312").jobId().orElseThrow();
        model.selectJob(failedJob);
        List<StatusBadge> seen = watchCell("windows-latest", "cp312");

        model.commands().rerunFailed();
        assertEquals("", model.commands().errorProperty().get());
        assertTrue(model.commands().infoProperty().get().contains("run again in a new attempt"),
                model.commands().infoProperty().get());
        sandbox.runUntil(() -> finished() && model.snapshotProperty().get().run().attempt() == 2,
                "the second attempt finishes");
        assertEquals("", model.commands().infoProperty().get(), "the notice goes once the new attempt has ended");

        RunCell again = cell("windows-latest", "cp312");
        assertEquals(StatusBadge.SUCCESS, again.badge());
        assertNotEquals(Optional.of(failedJob), again.jobId(), "a re-run job has a new id");
        assertTrue(seen.contains(StatusBadge.RUNNING), seen.toString());
        assertEquals(StatusBadge.SUCCESS, seen.get(seen.size() - 1));
        assertEquals(List.of(1, 2), model.attempts());
        assertEquals(2, model.shownAttemptProperty().get());
        assertEquals(StatusBadge.SUCCESS, model.statusProperty().get());
        assertEquals(WINDOWS_312, model.detailProperty().get().name(), "the selection follows the job into attempt 2");
        assertEquals(again.jobId().orElseThrow(), model.detailProperty().get().jobId());
    }

    @Test
    void aRunningJobCannotBeReRunFromAnyButtonAndACompletedRunsJobCan() {
        sandbox = new RunsSandbox(cacheDir);
        open(sandbox.dispatchRelease());
        sandbox.runUntil(() -> model.grid().layoutProperty().get() != null
                && cell("macos-latest", "cp310").badge() == StatusBadge.RUNNING, "a cell runs");

        model.selectJob(cell("macos-latest", "cp310").jobId().orElseThrow());
        assertNotNull(model.detailProperty().get());
        assertFalse(model.canRerunSelectedJobProperty().get(), "GitHub re-runs a job only once its run completed");

        sandbox.runUntil(this::finished, "the run finishes");
        assertTrue(model.canRerunSelectedJobProperty().get());
    }

    @Test
    void anEarlierAttemptIsShownReadOnlyAndTheLatestComesBack() {
        sandbox = new RunsSandbox(cacheDir,
                b -> b.failures(List.of(FailureRule.firstAttempt(WINDOWS_312, CacheFault.BUILD_FAILURE))),
                RunArchive.NONE);
        open(sandbox.dispatchRelease());
        sandbox.runUntil(this::finished, "the first attempt finishes");
        model.commands().rerunFailed();
        sandbox.runUntil(() -> finished() && model.snapshotProperty().get().run().attempt() == 2, "attempt 2 ends");

        model.selectAttempt(1);
        sandbox.runUntil(() -> model.shownAttemptProperty().get() == 1, "attempt 1 is read");

        assertEquals(StatusBadge.FAILED, cell("windows-latest", "cp312").badge());
        assertFalse(model.rerunnableProperty().get(), "an earlier attempt cannot be re-run");
        model.commands().rerunAll();
        assertTrue(model.commands().errorProperty().get().contains("An earlier attempt is shown"), model.commands().errorProperty().get());

        model.selectAttempt(2);
        sandbox.runUntil(() -> model.shownAttemptProperty().get() == 2, "attempt 2 is shown again");
        assertEquals(StatusBadge.SUCCESS, cell("windows-latest", "cp312").badge());
        assertTrue(model.rerunnableProperty().get());
    }

    @Test
    void selectingACompletedJobShowsItsStepsAndRunnerAndReadsItsLogForLanguagesAndDiagnoses() {
        sandbox = new RunsSandbox(cacheDir);
        open(sandbox.dispatchRelease());
        sandbox.runUntil(this::finished, "the run finishes");

        model.selectCell(0, 0);
        JobDetail macos = model.detailProperty().get();
        assertEquals("build wheels (macos-latest cp310)", macos.name());
        assertEquals(StatusBadge.SUCCESS, macos.badge());
        assertFalse(macos.steps().isEmpty());
        assertTrue(macos.steps().stream().allMatch(s -> s.badge() == StatusBadge.SUCCESS
                || s.badge() == StatusBadge.SKIPPED), macos.steps().toString());
        assertTrue(macos.runner().contains("macos-latest"), macos.runner());
        assertTrue(macos.htmlUrl().contains("/job/"), macos.htmlUrl());
        assertTrue(macos.cache().orElseThrow().endsWith("(from the job log)"), macos.cache().orElseThrow());
        assertTrue(macos.languages().stream().anyMatch(l -> l.language().equals("Rust")), macos.languages().toString());

        MatrixGridLayout layout = model.grid().layoutProperty().get();
        model.selectCell(index(layout.rows(), "ubuntu-latest"), 0);
        JobDetail linux = model.detailProperty().get();
        assertTrue(linux.diagnoses().stream().anyMatch(d -> d.code() == DiagnosisCode.STATS_ON_HOST),
                "the manylinux container hides the compilations from the host's sccache: " + linux.diagnoses());
        assertEquals(StatusBadge.SUCCESS, model.cell(index(layout.rows(), "ubuntu-latest"), 0).badge());
        assertEquals(Optional.of(Heat.NO_COMPILATIONS), model.cell(index(layout.rows(), "ubuntu-latest"), 0).heat(),
                "no compilation through sccache is its own state, not 0 %");
    }

    @Test
    void aSecondRunOfTheWorkflowShowsWarmWhereTheFirstWasColdAndSaysSoAgainstIt() {
        HistoryStore history = HistoryStore.open(cacheDir.resolve("history.db"));
        try (history) {
            sandbox = new RunsSandbox(cacheDir.resolve("logs"), b -> b, new HistoryRunArchive(history, Clock.systemUTC()));
            open(sandbox.dispatchRelease());
            sandbox.runUntil(this::finished, "the first run finishes");
            assertEquals(Optional.of(Heat.COLD), cell("macos-latest", "cp312").heat(), "nothing cached yet");
            assertEquals("", model.comparisonLineProperty().get(), "no earlier run to compare with");
            model.close();

            open(sandbox.dispatchRelease());
            sandbox.runUntil(() -> finished() && !model.comparisonLineProperty().get().isEmpty(),
                    "the second run finishes and is compared");

            assertEquals(Optional.of(Heat.WARM), cell("macos-latest", "cp312").heat(), "the cache paid off");
            assertTrue(cell("macos-latest", "cp312").tooltip().contains("hits"));
            String comparison = model.comparisonLineProperty().get();
            assertTrue(comparison.startsWith("Previous run ") && comparison.contains("warmer: the cache paid off"),
                    comparison);
        }
    }

    @Test
    void theSummaryTicksOnTheServersClockWhileTheRunGoes() {
        sandbox = new RunsSandbox(cacheDir);
        open(sandbox.dispatchRelease());
        sandbox.runUntil(() -> model.snapshotProperty().get() != null
                && model.snapshotProperty().get().jobs().stream().anyMatch(j -> j.running()), "a job runs");

        model.tick();
        String before = model.summaryProperty().get();
        RunSnapshot shown = model.snapshotProperty().get();
        sandbox.time.clock().advance(java.time.Duration.ofSeconds(6));
        model.tick();

        assertNotEquals(before, model.summaryProperty().get());
        assertEquals(shown.summaryLine(sandbox.sandbox.simulatedClock().instant()), model.summaryProperty().get(),
                "the same snapshot, measured to the sandbox's simulated now (ten times the wall clock)");
    }

    @Test
    void cancellingFromTheTabEndsTheRunCancelledAndAnotherCancelSaysWhyNot() {
        sandbox = new RunsSandbox(cacheDir);
        open(sandbox.dispatchRelease());
        sandbox.runUntil(() -> model.cancellableProperty().get() && model.snapshotProperty().get().jobs().stream()
                .filter(j -> j.running()).count() > 5, "jobs run");

        model.commands().cancel();
        assertEquals("Cancel requested.", model.commands().infoProperty().get());
        sandbox.runUntil(this::finished, "the run ends");

        assertEquals(StatusBadge.CANCELLED, model.statusProperty().get());
        assertFalse(model.cancellableProperty().get());
        model.commands().cancel();
        assertTrue(model.commands().errorProperty().get().contains("has already completed"), model.commands().errorProperty().get());
        assertEquals("", model.commands().infoProperty().get());
    }

    @Test
    void theRunSaysWithWhichInputsItWasDispatchedFromHereAndNothingWhenItWasNot() {
        sandbox = new RunsSandbox(cacheDir);
        long ours = sandbox.dispatchRelease();
        sandbox.repository.dispatches().record(new DispatchRecord(sandbox.repo.fullName(), "release.yml", "main",
                Map.of("python", "3.12", "publish", false), OptionalLong.of(ours),
                Instant.parse("2026-06-02T09:00:00Z")));

        open(ours);
        String line = model.dispatchLineProperty().get();
        assertTrue(line.startsWith("Dispatched from Wheelhouse on main at "), line);
        assertTrue(line.endsWith(" with inputs publish=false, python=3.12"), line);
        model.close();

        open(sandbox.dispatchRelease());
        assertEquals("", model.dispatchLineProperty().get(), "a run started elsewhere has no record here");
    }
}
