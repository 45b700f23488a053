package dev.wheelhouse.sandbox.sim;

import dev.wheelhouse.workflow.WorkflowDocument;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The satkit release workflow, planned from the file the sandbox seeds its repository with. */
class RunPlannerTest {

    static String satkitRelease() throws Exception {
        try (InputStream in = RunPlannerTest.class.getResourceAsStream("/wheelhouse/samples/satkit/.github/workflows/release.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static RunPlan plan(String ref) throws Exception {
        return RunPlanner.plan(WorkflowDocument.parse(satkitRelease()), ".github/workflows/release.yml",
                new RunPlanner.Trigger("workflow_dispatch", ref, "0123456789abcdef0123456789abcdef01234567",
                        "wheelhouse-demo/satkit", "wheelhouse-dev", Map.of()));
    }

    private static PlannedJob job(RunPlan plan, String name) {
        return plan.jobs().stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
    }

    private static PlannedStep step(PlannedJob job, String name) {
        return job.steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theMatrixExpandsToTwentyWheelJobsWithGitHubsDisplayNames() throws Exception {
        RunPlan plan = plan("refs/heads/wheels");
        List<String> wheels = plan.jobs().stream().map(PlannedJob::name).filter(n -> n.startsWith("build wheels")).toList();
        assertEquals(20, wheels.size());
        assertEquals("build wheels (macos-latest cp310)", wheels.get(0));
        assertEquals("build wheels (ubuntu-24.04-arm cp314)", wheels.get(19));
        assertEquals(24, plan.jobs().size());
        assertEquals("Release", plan.workflowName());
    }

    @Test
    void tagOnlyJobsAreOffOnABranchAndOnForAVersionTag() throws Exception {
        RunPlan branch = plan("refs/heads/wheels");
        assertFalse(job(branch, "verify version").condition().onSuccess());
        assertFalse(job(branch, "publish to PyPI").condition().onSuccess());
        RunPlan tag = plan("refs/tags/v0.18.1");
        assertTrue(job(tag, "verify version").condition().onSuccess());
        assertTrue(job(tag, "publish to PyPI").condition().onSuccess());
        assertFalse(job(tag, "publish to PyPI").condition().onFailure(), "implicit success() still applies");
    }

    @Test
    void runsOnAndStepConditionsAreEvaluatedPerMatrixCell() throws Exception {
        RunPlan plan = plan("refs/heads/wheels");
        PlannedJob linux = job(plan, "build wheels (ubuntu-latest cp313)");
        PlannedJob mac = job(plan, "build wheels (macos-latest cp313)");
        assertEquals(List.of("ubuntu-latest"), linux.runsOn());
        assertEquals("linux", linux.matrix().get("platform"));
        assertFalse(step(linux, "Set up Rust").condition().onSuccess());
        assertFalse(step(linux, "sccache stats").condition().onFailure());
        assertEquals(Condition.ALWAYS, step(mac, "sccache stats").condition());
        assertTrue(step(linux, "Create sdist").condition().onSuccess());
        assertFalse(step(mac, "Create sdist").condition().onSuccess());
        assertTrue(linux.compilesInContainer());
        assertTrue(mac.usesSccache());
        assertEquals("Run actions/checkout@v5", mac.steps().get(0).name());
    }

    @Test
    void theRealPlanSchedulesLikeTheReferenceRun() throws Exception {
        Map<String, Long> ids = new HashMap<>();
        AttemptSchedule s = Scheduler.schedule(new Scheduler.Inputs(1, 1, plan("refs/heads/wheels"), "refs/heads/wheels",
                Instant.parse("2026-06-02T22:30:00Z"), 1, List.of(), Map.of(),
                n -> ids.computeIfAbsent(n, k -> (long) ids.size() + 1), CacheLookup.EMPTY, null, false));
        assertEquals(20, s.jobs().stream().filter(j -> j.name().startsWith("build wheels") && j.conclusion().equals("success")).count());
        assertEquals(List.of("verify version", "publish to crates.io", "publish to PyPI"),
                s.jobs().stream().filter(j -> j.conclusion().equals("skipped")).map(ScheduledJob::name).toList());
    }

    @Test
    void anIfWithoutStatusFunctionGetsTheImplicitSuccessAndAlwaysOverridesIt() {
        var context = RunPlanner.context(new RunPlanner.Trigger("workflow_dispatch", "refs/heads/x", "s", "o/r", "a", Map.of()));
        assertEquals(Condition.SUCCESS, Conditions.of("github.ref == 'refs/heads/x'", context));
        assertEquals(Condition.NEVER, Conditions.of("${{ github.ref == 'refs/heads/y' }}", context));
        assertEquals(new Condition(false, true, false, false), Conditions.of("failure()", context));
        assertEquals(Condition.ALWAYS, Conditions.of("always()", context));
        assertEquals(Condition.SUCCESS, Conditions.of("steps.cache.outputs.cache-hit != 'true'", context),
                "what only a live run knows counts as true");
        assertEquals(Condition.SUCCESS, Conditions.of("contains('always()', 'x') || true", context),
                "a status name inside a string is not a call");
    }
}
