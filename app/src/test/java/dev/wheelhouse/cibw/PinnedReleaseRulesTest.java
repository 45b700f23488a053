package dev.wheelhouse.cibw;

import dev.wheelhouse.testing.Samples;
import dev.wheelhouse.workflow.WorkflowDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules that changed between releases, on the workflows that met them. */
class PinnedReleaseRulesTest {

    private static final String PILLOW = "python-pillow__Pillow__.github_workflows_wheels.yml";

    /** Pillow's wheel jobs with its requirements file pinning cibuildwheel as given. */
    private static Map<String, WheelPlan> pillow(String pinnedRelease) throws Exception {
        WorkflowDocument document = WorkflowDocument.parse(Files.readString(Samples.workflow(PILLOW),
                StandardCharsets.UTF_8));
        ProjectFiles clone = ProjectFiles.of(Map.of(".ci/requirements-cibw.txt", "cibuildwheel==" + pinnedRelease + "\n"));
        Map<String, WheelPlan> byName = new java.util.LinkedHashMap<>();
        for (WheelPlan plan : new WorkflowWheels(new WheelPlanner(clone)).plan(document,
                document.job("build-native-wheels").orElseThrow())) {
            byName.put(plan.jobName(), plan);
        }
        return byName;
    }

    private static List<String> wheels(WheelPlan plan) {
        return plan.wheels().stream().map(BuildIdentifier::toString).toList();
    }

    @ParameterizedTest(name = "cibuildwheel {0}: CIBW_ENABLE cpython-prerelease pypy builds pp310: {1}")
    @CsvSource({"3.1.4, true", "3.2.0, false", "3.4.1, false", "4.2.0, false"})
    void pillowsEnableBuildsPypy310OnlyBefore320WhereItMovedToPypyEol(String release, boolean buildsPypy310)
            throws Exception {
        WheelPlan linux = pillow(release).get("manylinux_2_28 x86_64");
        BuildStepPlan step = linux.steps().get(0);

        assertEquals(release, step.release().orElseThrow().toString(), "read from .ci/requirements-cibw.txt");
        assertEquals(WheelPlan.Outcome.KNOWN, linux.outcome());
        assertEquals(buildsPypy310, wheels(linux).contains("pp310-manylinux_x86_64"), wheels(linux)::toString);
        assertTrue(wheels(linux).contains("pp311-manylinux_x86_64"), wheels(linux)::toString);
        assertTrue(step.explanations().stream().anyMatch(l -> l.endsWith("would match but need enable pypy-eol")),
                step.explanations()::toString);
    }

    @Test
    void pillowsMacJobAtTheNewestReleaseBuildsPypy311ButNot310() throws Exception {
        WheelPlan mac = pillow("4.2.0").get("macOS 10.15 x86_64");

        assertEquals(List.of("cp314-macosx_x86_64", "cp314t-macosx_x86_64", "cp315-macosx_x86_64",
                "cp315t-macosx_x86_64", "pp311-macosx_x86_64"), wheels(mac));
    }

    private static WheelPlan freeThreading(String release) {
        RenderedStep step = RenderedStep.action(0, "pypa/cibuildwheel@v" + release, Map.of(),
                Map.of("CIBW_ENABLE", "cpython-freethreading", "CIBW_BUILD", "cp313t-*"));
        return new WheelPlanner(ProjectFiles.of(Map.of())).plan(
                new RenderedJob("wheels", "wheels", List.of("ubuntu-latest"), Map.of(), List.of(step)));
    }

    @Test
    void cpythonFreethreadingUnder4IsRejectedWithCibuildwheelsOwnMessage() {
        WheelPlan plan = freeThreading("4.2.0");

        assertEquals(WheelPlan.Outcome.FAILS, plan.outcome());
        assertEquals(BuildStepPlan.Determination.FAILS, plan.steps().get(0).determination());
        assertEquals("cibuildwheel would fail: cibuildwheel 4.2.0 stops: Failed to parse enable group. Unknown enable"
                + " group: cpython-freethreading. Valid group names are: cpython-prerelease, graalpy, pypy, pypy-eol,"
                + " pyodide-eol, pyodide-prerelease (from CIBW_ENABLE (step env))", plan.summary());
        assertEquals(List.of(), plan.wheels());
        assertEquals("cpython-freethreading", plan.steps().get(0).options().orElseThrow().enable().value());
    }

    @Test
    void cpythonFreethreadingUnder3BuildsTheFreeThreaded313Wheels() {
        WheelPlan plan = freeThreading("3.4.1");

        assertEquals(WheelPlan.Outcome.KNOWN, plan.outcome());
        assertEquals(List.of("cp313t-manylinux_x86_64", "cp313t-musllinux_x86_64"), wheels(plan));
    }

    @Test
    void cibuildwheel222RejectedAnUnknownGroupWithAnUncaughtValueError() {
        WheelPlan plan = freeThreading("2.22.0");
        RenderedStep step = RenderedStep.action(0, "pypa/cibuildwheel@v2.22.0", Map.of(), Map.of("CIBW_ENABLE", "all"));
        WheelPlan all = new WheelPlanner(ProjectFiles.of(Map.of())).plan(
                new RenderedJob("wheels", "wheels", List.of("ubuntu-latest"), Map.of(), List.of(step)));

        assertEquals(WheelPlan.Outcome.KNOWN, plan.outcome(), "2.22 knew cpython-freethreading");
        assertEquals(WheelPlan.Outcome.FAILS, all.outcome());
        assertTrue(all.summary().contains("ValueError: 'all' is not a valid EnableGroups"), all.summary());
    }

    @Test
    void beforeTheEnableOptionCibwEnableIsIgnoredAndTheSwitchesCount() {
        RenderedStep step = RenderedStep.action(0, "pypa/cibuildwheel@v2.19.2", Map.of(),
                Map.of("CIBW_ENABLE", "cpython-prerelease", "CIBW_PRERELEASE_PYTHONS", "true", "CIBW_BUILD", "cp313*",
                        "CIBW_ARCHS", "x86_64"));
        WheelPlan plan = new WheelPlanner(ProjectFiles.of(Map.of())).plan(
                new RenderedJob("wheels", "wheels", List.of("ubuntu-latest"), Map.of(), List.of(step)));
        BuildStepPlan built = plan.steps().get(0);

        assertTrue(built.explanations().stream().anyMatch(l -> l.contains("CIBW_ENABLE is ignored")),
                built.explanations()::toString);
        assertEquals("cpython-prerelease", built.options().orElseThrow().enable().value());
        assertEquals("CIBW_PRERELEASE_PYTHONS (step env)", built.options().orElseThrow().enable().source());
        assertEquals(List.of("cp313-manylinux_x86_64", "cp313-musllinux_x86_64"),
                built.identifiers().stream().map(BuildIdentifier::toString).toList(),
                "3.13 was a prerelease in 2.19; its free-threaded build needed free-threaded-support too");
    }
}
