package dev.wheelhouse.cibw;

import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WheelPlannerSamplesTest {

    private static final String SATKIT = "ssmichael1__satkit__.github_workflows_release.yml";
    private static final String H5PY = "h5py__h5py__.github_workflows_build_wheels.yml";

    private static ProjectFiles satkitRepository() throws IOException {
        return ProjectFiles.of(Map.of("pyproject.toml", sample("ssmichael1__satkit__pyproject.toml")));
    }

    private static ProjectFiles h5pyRepository() throws IOException {
        return ProjectFiles.of(Map.of("pyproject.toml", sample("h5py__h5py__pyproject.toml")));
    }

    private static String sample(String name) throws IOException {
        return Files.readString(Samples.workflow(name), StandardCharsets.UTF_8);
    }

    private static List<String> wheels(WheelPlan plan) {
        return plan.wheels().stream().map(BuildIdentifier::toString).toList();
    }

    @ParameterizedTest(name = "satkit {0} {1} builds {2}")
    @CsvSource({
            "macos-latest,     cp310, cp310-macosx_x86_64 cp310-macosx_arm64",
            "macos-latest,     cp314, cp314-macosx_x86_64 cp314-macosx_arm64",
            "ubuntu-latest,    cp312, cp312-manylinux_x86_64",
            "ubuntu-24.04-arm, cp312, cp312-manylinux_aarch64",
            "ubuntu-24.04-arm, cp313, cp313-manylinux_aarch64",
            "windows-latest,   cp311, cp311-win_amd64",
            "windows-latest,   cp314, cp314-win_amd64",
    })
    void satkitJobsBuildTheirOnePythonVersionForTheArchsPyprojectNames(String os, String python, String expected)
            throws IOException {
        RenderedJob job = SampleJobs.render(SATKIT, "build_wheels", Map.of("os", os, "python", python));

        WheelPlan plan = new WheelPlanner(satkitRepository()).plan(job);

        assertEquals(WheelPlan.Outcome.KNOWN, plan.outcome());
        assertEquals(List.of(expected.split(" ")), wheels(plan));
    }

    @Test
    void everySatkitJobBuildsExactlyOneCpythonVersionAndNoMusllinuxPypyOrI686() throws IOException {
        int jobs = 0;
        for (String os : List.of("macos-latest", "ubuntu-latest", "windows-latest", "ubuntu-24.04-arm")) {
            for (String python : List.of("cp310", "cp311", "cp312", "cp313", "cp314")) {
                WheelPlan plan = new WheelPlanner(satkitRepository())
                        .plan(SampleJobs.render(SATKIT, "build_wheels", Map.of("os", os, "python", python)));
                jobs++;
                assertFalse(plan.wheels().isEmpty(), plan.summary());
                for (BuildIdentifier id : plan.wheels()) {
                    assertEquals(python, id.pythonTag());
                    assertFalse(id.musllinux(), id.toString());
                    assertFalse(id.architecture().orElseThrow() == Architecture.I686, id.toString());
                }
            }
        }
        assertEquals(20, jobs);
    }

    @Test
    void satkitStepRecordsWhereEachDecidingOptionCameFrom() throws IOException {
        RenderedJob job = SampleJobs.render(SATKIT, "build_wheels", Map.of("os", "macos-latest", "python", "cp310"));

        BuildStepPlan step = new WheelPlanner(satkitRepository()).plan(job).steps().get(0);

        CibuildwheelOptions options = step.options().orElseThrow();
        assertEquals("CIBW_BUILD (job env)", options.build().source());
        assertEquals("cp310-*", options.build().value());
        assertEquals("[tool.cibuildwheel.macos] archs in pyproject.toml", options.archs().source());
        assertTrue(options.skip().value().contains("*-musllinux*"));
        assertEquals(">= 3.10", options.requiresPython().orElseThrow().value());
        assertEquals(new CibuildwheelRelease(3, 2, 0), step.release().orElseThrow());
        assertTrue(step.explanations().stream().anyMatch(line -> line.contains("Rosetta")), step.explanations()::toString);
    }

    @Test
    void withoutThePyprojectMacosBuildsOnlyTheNativeArchAndSaysTheConfigIsMissing() throws IOException {
        RenderedJob job = SampleJobs.render(SATKIT, "build_wheels", Map.of("os", "macos-latest", "python", "cp310"));

        WheelPlan plan = new WheelPlanner(ProjectFiles.none()).plan(job);

        assertEquals(List.of("cp310-macosx_arm64"), wheels(plan));
        assertTrue(plan.steps().get(0).explanations().stream().anyMatch(l -> l.contains("pyproject.toml is not at hand")));
    }

    @Test
    void withoutThePyprojectUbuntuBuildsMusllinuxTooButNoI686UnderCibuildwheel3() throws IOException {
        RenderedJob job = SampleJobs.render(SATKIT, "build_wheels", Map.of("os", "ubuntu-latest", "python", "cp312"));

        WheelPlan plan = new WheelPlanner(ProjectFiles.none()).plan(job);

        assertEquals(List.of("cp312-manylinux_x86_64", "cp312-musllinux_x86_64"), wheels(plan));
    }

    @Test
    void satkitJobsWithoutABuildStepSayTheyHaveNone() throws IOException {
        WheelPlan plan = new WheelPlanner(satkitRepository()).plan(SampleJobs.render(SATKIT, "test", Map.of()));

        assertEquals(WheelPlan.Outcome.NO_BUILD_STEP, plan.outcome());
        assertEquals("no cibuildwheel or maturin step", plan.summary());
    }

    @Test
    void h5pyLinuxJobBuildsEveryDefaultPythonOfCibuildwheel42ForBothLibcsOnX8664Only() throws IOException {
        RenderedJob job = SampleJobs.render(H5PY, "build_wheels", Map.of("os", "ubuntu-latest", "arch", "x86_64"));

        WheelPlan plan = new WheelPlanner(h5pyRepository()).plan(job);

        assertEquals(WheelPlan.Outcome.KNOWN, plan.outcome());
        assertEquals(2, plan.steps().size());
        assertTrue(plan.steps().get(0).condition().isPresent());
        assertEquals(new CibuildwheelRelease(4, 2, 0), plan.steps().get(0).release().orElseThrow());
        assertEquals(16, plan.wheels().size(), "auto on Linux is the native architecture alone since 3.0");
        assertEquals(Set.of("3.10", "3.11", "3.12", "3.13", "3.14", "3.14t", "3.15", "3.15t"),
                plan.wheels().stream().map(BuildIdentifier::pythonVersion).collect(Collectors.toSet()));
        assertEquals(List.of(), plan.conditionalWheels(), "the scheduled step builds a subset of the main one");
    }

    @Test
    void h5pyWindowsArmJobSkipsCp310AsItsPyprojectSays() throws IOException {
        RenderedJob job = SampleJobs.render(H5PY, "build_wheels", Map.of("os", "windows-11-arm", "arch", "ARM64"));

        WheelPlan plan = new WheelPlanner(h5pyRepository()).plan(job);

        assertEquals(List.of("cp311-win_arm64", "cp312-win_arm64", "cp313-win_arm64", "cp314-win_arm64",
                "cp314t-win_arm64", "cp315-win_arm64", "cp315t-win_arm64"), wheels(plan));
    }

    @Test
    void h5pyWindowsIntelJobSkipsWin32FromPyproject() throws IOException {
        RenderedJob job = SampleJobs.render(H5PY, "build_wheels", Map.of("os", "windows-latest", "arch", "AMD64"));

        WheelPlan plan = new WheelPlanner(h5pyRepository()).plan(job);

        assertEquals(8, plan.wheels().size());
        assertTrue(plan.wheels().stream().allMatch(id -> id.platformTag().equals("win_amd64")), plan::summary);
    }

    @Test
    void h5pyMinimalBuildCheckBuildsCp310ForTheMatrixArchOnly() throws IOException {
        RenderedJob job = SampleJobs.render(H5PY, "check-minimal-build",
                Map.of("os", "ubuntu-latest", "arch", "x86_64", "cibw_before_build", "pip install numpy"));

        WheelPlan plan = new WheelPlanner(h5pyRepository()).plan(job);

        assertEquals(List.of("cp310-manylinux_x86_64", "cp310-musllinux_x86_64"), wheels(plan));
    }
}
