package dev.wheelhouse.ui.runs;

import dev.wheelhouse.github.WorkflowSummary;
import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.testing.TestWorkflows;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import dev.wheelhouse.ui.task.ManualTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunsListViewModelTest {

    @TempDir
    Path cacheDir;

    private RunsSandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void withNoWorkflowOpenInTheEditorTheReleaseWorkflowsRunsAreListedNewestFirst() {
        sandbox = new RunsSandbox(cacheDir, b -> b.workflow("inputs.yml", TestWorkflows.WITH_INPUTS), RunArchive.NONE);
        long first = sandbox.dispatchRelease();
        sandbox.time.advance(Duration.ofSeconds(5));
        long second = sandbox.dispatchRelease();
        RunsListViewModel model = new RunsListViewModel(new DirectTaskExecutor(), Optional::empty);

        model.connect(sandbox.repository);

        assertEquals("release.yml", model.workflowProperty().get().fileName());
        assertEquals(List.of(second, first), model.runs().stream().map(RunInfo::id).toList());
        assertEquals("1–2 of 2 runs", model.pageTextProperty().get());
        assertTrue(model.branches().contains("main"));
        assertTrue(model.workflows().stream().map(WorkflowSummary::fileName).toList().contains("inputs.yml"));
        assertEquals("workflow_dispatch", model.runs().get(0).event());
        assertFalse(model.hasNextProperty().get());
    }

    @Test
    void theWorkflowTheEditorHasOpenIsShownFirst() {
        sandbox = new RunsSandbox(cacheDir, b -> b.workflow("inputs.yml", TestWorkflows.WITH_INPUTS), RunArchive.NONE);
        sandbox.client.dispatch(sandbox.repo, "inputs.yml", "main", Map.of("level", "high"), true);
        RunsListViewModel model = new RunsListViewModel(new DirectTaskExecutor(), () -> Optional.of("inputs.yml"));

        model.connect(sandbox.repository);

        assertEquals("inputs.yml", model.workflowProperty().get().fileName());
        assertEquals(1, model.runs().size());
        assertEquals("Inputs", model.runs().get(0).workflowName());
    }

    @Test
    void filtersByBranchStatusAndEventNarrowTheListAndSayWhenNothingMatches() {
        sandbox = new RunsSandbox(cacheDir);
        sandbox.dispatchRelease();
        RunsListViewModel model = new RunsListViewModel(new DirectTaskExecutor(), Optional::empty);
        model.connect(sandbox.repository);
        assertEquals(1, model.runs().size());

        model.setFilter("main", "completed", "");
        assertEquals(List.of(), model.runs(), "the run is still going");
        assertEquals("No run matches the filters.", model.pageTextProperty().get());

        sandbox.time.advance(Duration.ofMinutes(5)); // fifty simulated minutes: the run has completed
        model.refresh();
        assertEquals("completed", model.runs().get(0).status());

        model.setFilter("main", "", "push");
        assertEquals(List.of(), model.runs());
        model.setFilter("main", "", "workflow_dispatch");
        assertEquals(1, model.runs().size());
    }

    @Test
    void nothingIsReadOnTheUiThreadAndAnUnreachableServerIsOneLineForTheUser() {
        sandbox = new RunsSandbox(cacheDir);
        ManualTaskExecutor executor = new ManualTaskExecutor();
        RunsListViewModel model = new RunsListViewModel(executor, Optional::empty);

        model.connect(sandbox.repository);
        assertTrue(model.busyProperty().get());
        assertEquals(List.of(), model.workflows(), "nothing is published before the background task runs");
        sandbox.sandbox.close();
        executor.runAll();

        assertFalse(model.busyProperty().get());
        String error = model.errorProperty().get();
        assertFalse(error.isEmpty());
        assertFalse(error.contains("\n") || error.contains("Exception"), error);
    }

    @Test
    void aListShowingARunStillGoingReadsItselfAgainOnceItsReadIsOldEnoughAndAFinishedListDoesNot() {
        sandbox = new RunsSandbox(cacheDir);
        sandbox.dispatchRelease();
        RunsListViewModel model = new RunsListViewModel(new DirectTaskExecutor(), Optional::empty, sandbox.time.clock());
        model.connect(sandbox.repository);
        assertFalse(model.runs().get(0).completed());

        sandbox.time.advance(Duration.ofMinutes(5)); // fifty simulated minutes: the run has completed
        model.refreshIfLive(Duration.ofMinutes(6));
        assertFalse(model.runs().get(0).completed(), "read five minutes ago: not yet");
        model.refreshIfLive(Duration.ofMinutes(5));
        assertTrue(model.runs().get(0).completed(), "read again: the run has completed");

        sandbox.dispatchRelease();
        sandbox.time.advance(Duration.ofMinutes(5));
        model.refreshIfLive(Duration.ZERO);
        assertEquals(1, model.runs().size(), "nothing shown is going: the list waits for Refresh");
        model.refresh();
        assertEquals(2, model.runs().size());
    }
}
