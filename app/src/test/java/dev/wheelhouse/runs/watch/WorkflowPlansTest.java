package dev.wheelhouse.runs.watch;

import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.runs.dispatch.DispatchRecord;
import dev.wheelhouse.runs.dispatch.InMemoryDispatchLog;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.runs.model.WorkflowPlan;
import dev.wheelhouse.testing.Jobs;
import dev.wheelhouse.testing.SandboxRuns;
import dev.wheelhouse.workflow.WorkflowDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowPlansTest {

    @TempDir
    Path cacheDir;

    private SandboxRuns runs;

    @AfterEach
    void stop() {
        if (runs != null) {
            runs.close();
        }
    }

    private RunInfo runOf(String path, String sha) {
        RunInfo r = Jobs.run("completed", "success");
        return new RunInfo(r.id(), 1, 1, "Release", path, "t", "completed", "success", "main", "push", "octocat",
                r.createdAt(), r.startedAt(), r.updatedAt(), r.htmlUrl(), sha);
    }

    @Test
    void aWorkflowFileMissingAtTheRunsCommitGivesAPlanWithoutJobsThatSaysSo() {
        runs = new SandboxRuns(cacheDir);
        String sha = runs.client.commitSha(runs.repo, "main");
        WorkflowPlans plans = new WorkflowPlans(runs.client, new InMemoryDispatchLog());

        WorkflowPlan plan = plans.planFor(runs.repo, runOf(".github/workflows/gone.yml", sha)).orElseThrow();

        assertEquals(List.of(), plan.jobs());
        assertTrue(plan.problem().orElseThrow().startsWith("The workflow file .github/workflows/gone.yml could not be "
                + "read at commit " + sha.substring(0, 7)), plan.problem().toString());
    }

    @Test
    void aWorkflowFileThatIsNotYamlGivesAPlanWithoutJobsThatSaysSo() {
        runs = new SandboxRuns(cacheDir, b -> b.workflow("broken.yml", "on: [push\njobs: {\n"), RunArchive.NONE);
        String sha = runs.client.commitSha(runs.repo, "main");
        WorkflowPlans plans = new WorkflowPlans(runs.client, new InMemoryDispatchLog());

        WorkflowPlan plan = plans.planFor(runs.repo, runOf(".github/workflows/broken.yml", sha)).orElseThrow();

        assertTrue(plan.problem().orElseThrow().contains("is not valid YAML"), plan.problem().toString());
    }

    @Test
    void aFileAtACommitIsReadOnce() {
        runs = new SandboxRuns(cacheDir);
        String sha = runs.client.commitSha(runs.repo, "main");
        WorkflowPlans plans = new WorkflowPlans(runs.client, new InMemoryDispatchLog());
        RunInfo run = runOf(".github/workflows/release.yml", sha);

        WorkflowPlan first = plans.planFor(runs.repo, run).orElseThrow();
        long requests = runs.client.activity().get().requests();
        WorkflowPlan again = plans.planFor(runs.repo, run).orElseThrow();

        assertEquals(first, again);
        assertEquals(requests, runs.client.activity().get().requests());
        assertEquals(20, first.job("build_wheels").orElseThrow().names().size());
    }

    @Test
    void theInputsOfADispatchMadeHereRenderNamesThatUseThem() throws Exception {
        String yaml = """
                on:
                  workflow_dispatch:
                    inputs:
                      channel: {type: string}
                jobs:
                  build:
                    name: ${{ inputs.channel }} ${{ matrix.py }}
                    runs-on: ubuntu-latest
                    strategy:
                      matrix:
                        py: ["3.12", "3.13"]
                    steps:
                      - run: make
                """;
        RunInfo run = Jobs.run("in_progress", null);
        InMemoryDispatchLog log = new InMemoryDispatchLog();
        log.record(new DispatchRecord("o/r", "release.yml", "main", Map.of("channel", "nightly"),
                OptionalLong.of(run.id()), run.createdAt()));
        Map<String, Object> inputs = log.forRun("o/r", run.id()).orElseThrow().inputs();

        WorkflowPlan plan = WorkflowPlan.of(WorkflowDocument.parse(yaml), WorkflowPlan.contextOf(run, inputs));

        assertEquals(List.of("nightly 3.12", "nightly 3.13"), plan.job("build").orElseThrow().names());
    }
}
