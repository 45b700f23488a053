package dev.wheelhouse.runs.model;

import dev.wheelhouse.testing.Jobs;
import dev.wheelhouse.testing.Samples;
import dev.wheelhouse.workflow.WorkflowDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunLayoutTest {

    private static WorkflowPlan plan(String yaml) throws Exception {
        return WorkflowPlan.of(WorkflowDocument.parse(yaml), WorkflowPlan.contextOf(Jobs.run("in_progress", null), Map.of()));
    }

    private static WorkflowPlan satkit() throws Exception {
        return plan(Files.readString(Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml")));
    }

    @Test
    void everySatkitWheelJobLandsOnTheCellWhoseNameGitHubRenders() throws Exception {
        WorkflowPlan plan = satkit();
        List<String> expected = plan.job("build_wheels").orElseThrow().names();
        List<JobSnapshot> jobs = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            jobs.add(Jobs.running(1000 + i, expected.get(i)));
        }
        Collections.reverse(jobs);

        RunLayout layout = RunLayout.place(plan, jobs);

        MatrixCells wheels = layout.matrices().get(0);
        assertEquals("build_wheels", wheels.workflowJobId());
        assertEquals(20, wheels.runJobByIndex().size());
        for (int i = 0; i < 20; i++) {
            long id = wheels.runJobAt(i).orElseThrow();
            assertEquals(expected.get(i), jobs.stream().filter(j -> j.id() == id).findFirst().orElseThrow().name());
        }
        assertEquals("build wheels (windows-latest cp312)", expected.get(wheels.indexOf(1000 + 12).getAsInt()));
        assertEquals(Optional.empty(), layout.problem());
    }

    @Test
    void jobsWithoutMatrixFormAStripInNeedsOrder() throws Exception {
        RunLayout layout = RunLayout.place(satkit(), List.of(Jobs.completed(5, "publish to PyPI", "skipped"),
                Jobs.completed(1, "test before release", "success")));

        assertEquals(List.of("verify version", "test before release", "publish to crates.io", "publish to PyPI"),
                layout.strip().stream().map(StripJob::name).toList());
        assertEquals(Optional.of(1L), layout.strip().get(1).runJobId());
        assertEquals(Optional.empty(), layout.strip().get(0).runJobId());
    }

    @Test
    void aMatrixValueWithACommaIsMatchedByTheWholeNameNeverBySplitting() throws Exception {
        WorkflowPlan plan = plan("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix:
                        target: ["x86_64, musl", x86_64]
                        libc: [musl, gnu]
                    steps:
                      - run: make
                """);
        List<String> names = plan.job("build").orElseThrow().names();
        assertEquals(List.of("build (x86_64, musl, musl)", "build (x86_64, musl, gnu)", "build (x86_64, musl)",
                "build (x86_64, gnu)"), names);

        RunLayout layout = RunLayout.place(plan, List.of(Jobs.queued(13, "build (x86_64, musl)"),
                Jobs.queued(11, "build (x86_64, musl, musl)"), Jobs.queued(14, "build (x86_64, gnu)"),
                Jobs.queued(12, "build (x86_64, musl, gnu)")));

        MatrixCells cells = layout.matrices().get(0);
        assertEquals(Map.of(0, 11L, 1, 12L, 2, 13L, 3, 14L), cells.runJobByIndex());
    }

    @Test
    void duplicateCombinationsPairWithTheirJobsInCreationOrder() throws Exception {
        WorkflowPlan plan = plan("""
                on: push
                jobs:
                  t:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix:
                        py: ["3.12", "3.12", "3.13"]
                    steps:
                      - run: make
                """);
        RunLayout layout = RunLayout.place(plan, List.of(Jobs.queued(30, "t (3.13)"), Jobs.queued(21, "t (3.12)"),
                Jobs.queued(20, "t (3.12)")));

        assertEquals(Map.of(0, 20L, 1, 21L, 2, 30L), layout.matrices().get(0).runJobByIndex());
    }

    @Test
    void aJobTheFileDoesNotExplainGoesToTheStripAndTheLayoutSaysWhy() throws Exception {
        RunLayout layout = RunLayout.place(satkit(), List.of(Jobs.queued(99, "build wheels (macos-13 cp39)")));

        StripJob last = layout.strip().get(layout.strip().size() - 1);
        assertEquals("build wheels (macos-13 cp39)", last.name());
        assertEquals(Optional.empty(), last.workflowJobId());
        assertTrue(layout.problem().orElseThrow().startsWith("1 job's name matches no job of the workflow file"));
    }

    @Test
    void withoutAPlanEveryJobIsListedInTheStripWithTheReason() {
        RunLayout layout = RunLayout.place(WorkflowPlan.unavailable("The workflow file could not be read."),
                List.of(Jobs.queued(2, "b"), Jobs.queued(1, "a")));

        assertEquals(List.of("a", "b"), layout.strip().stream().map(StripJob::name).toList());
        assertEquals(Optional.of("The workflow file could not be read."), layout.problem());
    }
}
