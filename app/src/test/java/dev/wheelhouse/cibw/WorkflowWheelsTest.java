package dev.wheelhouse.cibw;

import dev.wheelhouse.testing.Samples;
import dev.wheelhouse.workflow.WorkflowDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowWheelsTest {

    private static WorkflowDocument workflow(String file) throws Exception {
        return WorkflowDocument.parse(Files.readString(Samples.workflow(file), StandardCharsets.UTF_8));
    }

    private static ProjectFiles pyproject(String sample) throws IOException {
        return ProjectFiles.of(Map.of("pyproject.toml",
                Files.readString(Samples.workflow(sample), StandardCharsets.UTF_8)));
    }

    /** Plans by rendered job name. */
    private static Map<String, WheelPlan> plans(String file, String jobId, ProjectFiles files) throws Exception {
        WorkflowDocument document = workflow(file);
        Map<String, WheelPlan> byName = new LinkedHashMap<>();
        for (WheelPlan plan : new WorkflowWheels(new WheelPlanner(files)).plan(document, document.job(jobId).orElseThrow())) {
            byName.put(plan.jobName(), plan);
        }
        return byName;
    }

    private static List<String> wheels(WheelPlan plan) {
        return plan.wheels().stream().map(BuildIdentifier::toString).toList();
    }

    @Test
    void satkitsTwentyJobsEachGetTheirWheelsUnderTheirGithubNames() throws Exception {
        Map<String, WheelPlan> plans = plans("ssmichael1__satkit__.github_workflows_release.yml", "build_wheels",
                pyproject("ssmichael1__satkit__pyproject.toml"));

        assertEquals(20, plans.size());
        assertTrue(plans.values().stream().allMatch(p -> p.outcome() == WheelPlan.Outcome.KNOWN));
        assertEquals(List.of("cp310-macosx_x86_64", "cp310-macosx_arm64"),
                wheels(plans.get("build wheels (macos-latest cp310)")));
        assertEquals(List.of("cp312-manylinux_aarch64"), wheels(plans.get("build wheels (ubuntu-24.04-arm cp312)")));
        assertEquals(List.of("cp314-win_amd64"), wheels(plans.get("build wheels (windows-latest cp314)")));
        assertEquals(25, plans.values().stream().mapToInt(p -> p.wheels().size()).sum(),
                "5 macOS jobs build two wheels, the other 15 one");
    }

    @Test
    void satkitJobsWithoutAMatrixGetOnePlanEach() throws Exception {
        Map<String, WheelPlan> plans = plans("ssmichael1__satkit__.github_workflows_release.yml", "test",
                pyproject("ssmichael1__satkit__pyproject.toml"));

        assertEquals(1, plans.size());
        assertEquals(WheelPlan.Outcome.NO_BUILD_STEP, plans.values().iterator().next().outcome());
    }

    @Test
    void pyzmqDefaultsInExpressionsAreEvaluatedPerIncludeEntry() throws Exception {
        Map<String, WheelPlan> plans = plans("zeromq__pyzmq__.github_workflows_wheels.yml", "wheel",
                pyproject("zeromq__pyzmq__pyproject.toml"));

        assertEquals(14, plans.size());
        WheelPlan manylinux = plans.get("wheel-manylinux-x86_64");
        assertEquals("ubuntu-22.04", manylinux.runner().labels().get(0), "runs-on falls back to ubuntu-22.04");
        assertEquals(12, manylinux.wheels().size(), manylinux.summary());
        assertTrue(manylinux.wheels().stream().anyMatch(id -> id.toString().equals("pp311-manylinux_x86_64")));
        assertEquals(9, plans.get("wheel-mac-cpython").wheels().size());
        assertTrue(plans.get("wheel-mac-cpython").wheels().stream()
                .allMatch(id -> id.platformTag().equals("macosx_universal2")));
        assertEquals(18, plans.get("wheel-musllinux").wheels().size(), plans.get("wheel-musllinux").summary());
        assertTrue(plans.get("wheel-win32").wheels().stream().allMatch(id -> id.platformTag().equals("win32")));
        assertEquals(BuildStepPlan.Determination.NOT_MODELED,
                plans.get("wheel-android").steps().get(0).determination());
    }

    @Test
    void stepExpressionsSeeTheRunnerContext() throws Exception {
        Map<String, WheelPlan> plans = plans("pypa__cibuildwheel__examples_github-with-qemu.yml", "build_wheels",
                ProjectFiles.none());

        WheelPlan intel = plans.get("Build wheels on ubuntu-latest");
        WheelPlan arm = plans.get("Build wheels on ubuntu-24.04-arm");
        ResolvedOption intelArchs = intel.steps().get(0).options().orElseThrow().archs();
        assertEquals("x86_64 ppc64le s390x", intelArchs.value());
        assertTrue(intelArchs.source().contains("'auto ppc64le s390x' on a linux/x86_64 runner"), intelArchs.source());
        assertTrue(intel.wheels().stream().anyMatch(id -> id.toString().equals("cp312-manylinux_s390x")));
        assertEquals("aarch64", arm.steps().get(0).options().orElseThrow().archs().value());
    }

    @Test
    void thePinCommentAfterAShaGivesTheVersion() throws Exception {
        Map<String, WheelPlan> plans = plans("h5py__h5py__.github_workflows_build_wheels.yml", "build_wheels",
                pyproject("h5py__h5py__pyproject.toml"));

        WheelPlan mac = plans.get("Wheels: macos-14 arm64");
        assertEquals(new CibuildwheelRelease(4, 2, 0), mac.steps().get(1).release().orElseThrow());
        assertEquals(8, mac.wheels().size(), mac.summary());
    }

    @Test
    void everyMatrixJobOfEverySamplePlansWithoutThrowing() throws Exception {
        int plansMade = 0;
        for (Path file : Samples.allWorkflowFiles()) {
            WorkflowDocument document = WorkflowDocument.parse(Files.readString(file, StandardCharsets.UTF_8));
            for (var job : document.jobs()) {
                for (WheelPlan plan : new WorkflowWheels(new WheelPlanner(ProjectFiles.none())).plan(document, job)) {
                    plansMade++;
                    assertTrue(!plan.summary().isBlank(), file.getFileName() + " " + job.id());
                }
            }
        }
        assertTrue(plansMade > 200, "planned " + plansMade);
    }
}
