package dev.wheelhouse.ui.runs;

import dev.wheelhouse.github.WorkflowSummary;
import dev.wheelhouse.runs.dispatch.DispatchResult;
import dev.wheelhouse.runs.dispatch.InputProblem;
import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.testing.TestWorkflows;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import dev.wheelhouse.workflow.DispatchInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DispatchViewModelTest {

    @TempDir
    Path cacheDir;

    private RunsSandbox sandbox;
    private final List<DispatchResult> started = new ArrayList<>();

    @BeforeEach
    void start() {
        sandbox = new RunsSandbox(cacheDir, b -> b.workflow("inputs.yml", TestWorkflows.WITH_INPUTS)
                .workflow("ci.yml", TestWorkflows.PUSH_ONLY), RunArchive.NONE);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private DispatchViewModel loaded(String fileName) {
        WorkflowSummary workflow = sandbox.client.workflows(sandbox.repo).stream()
                .filter(w -> w.fileName().equals(fileName)).findFirst().orElseThrow();
        DispatchViewModel model = new DispatchViewModel(new DirectTaskExecutor(), sandbox.repository, workflow);
        model.load();
        return model;
    }

    @Test
    void theRefPickerListsTheDefaultBranchFirstThenTheTagsAndTheRunStartedIsHandedOn() {
        DispatchViewModel model = loaded("release.yml");

        assertEquals(new RefChoice("main", false), model.refs().get(0));
        assertTrue(model.refs().contains(new RefChoice("v0.9.0", true)), model.refs().toString());
        assertEquals("main", model.planProperty().get().ref().name());
        assertTrue(model.planProperty().get().dispatchable());
        model.dispatch(Map.of(), started::add);

        assertEquals(1, started.size(), model.errorProperty().get());
        long runId = started.get(0).runId();
        assertEquals("main", sandbox.client.run(sandbox.repo, runId).headBranch());
        assertTrue(sandbox.repository.dispatches().forRun(sandbox.repo.fullName(), runId).isPresent(),
                "the dispatch is recorded with its run");
    }

    @Test
    void theFormHasTheInputsTheWorkflowDeclaresAtTheRefAndABadValueShowsUnderItsInput() {
        DispatchViewModel model = loaded("inputs.yml");

        assertEquals(List.of("level", "dry-run"),
                model.planProperty().get().inputs().stream().map(DispatchInput::name).toList());
        model.dispatch(Map.of("level", "mid", "dry-run", "false"), started::add);

        assertEquals(List.of(), started, "nothing was sent");
        assertEquals(List.of("level"), model.inputProblems().stream().map(InputProblem::input).toList());
        assertEquals("Some inputs need attention before the workflow can run.", model.errorProperty().get());

        model.dispatch(Map.of("level", "high", "dry-run", "true"), started::add);
        assertEquals(1, started.size(), model.errorProperty().get());
        assertEquals(List.of(), model.inputProblems());
    }

    @Test
    void aWorkflowWithoutTheDispatchTriggerSaysSoAndIsNotSent() {
        DispatchViewModel model = loaded("ci.yml");

        DispatchPlan plan = model.planProperty().get();
        assertFalse(plan.dispatchable());
        assertTrue(plan.problem().orElseThrow().contains("has no workflow_dispatch trigger"), plan.problem().get());
        model.dispatch(Map.of(), started::add);
        assertEquals(List.of(), started);
        assertFalse(model.busyProperty().get());
    }
}
