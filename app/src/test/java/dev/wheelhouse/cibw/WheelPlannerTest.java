package dev.wheelhouse.cibw;

import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WheelPlannerTest {

    private static final String PYZMQ = "zeromq__pyzmq__.github_workflows_wheels.yml";
    private static final String NO_CONFIG = "";

    private static RenderedJob job(String runsOn, Map<String, String> env, RenderedStep... steps) {
        return new RenderedJob("wheels", "wheels", List.of(runsOn), env, List.of(steps));
    }

    private static RenderedStep action(String version, Map<String, String> with) {
        return RenderedStep.action(0, "pypa/cibuildwheel@" + version, with, Map.of());
    }

    private static WheelPlan plan(String pyproject, RenderedJob job) {
        return new WheelPlanner(ProjectFiles.of(pyproject.isEmpty() ? Map.of() : Map.of("pyproject.toml", pyproject)))
                .plan(job);
    }

    private static List<String> wheels(WheelPlan plan) {
        return plan.wheels().stream().map(BuildIdentifier::toString).toList();
    }

    private static String pyzmqPyproject() throws IOException {
        return Files.readString(Samples.workflow("zeromq__pyzmq__pyproject.toml"), StandardCharsets.UTF_8);
    }

    /** The pyzmq {@code wheel} job for one of its include entries, its {@code ||} defaults applied by hand. */
    private static RenderedJob pyzmq(String os, String build, String arch, String platform) throws IOException {
        RenderedJob sample = SampleJobs.render(PYZMQ, "wheel", Map.of());
        Map<String, String> env = new LinkedHashMap<>(sample.env());
        env.put("CIBW_BUILD", build);
        env.put("CIBW_SKIP", "");
        env.put("CIBW_ARCHS", arch);
        env.put("CIBW_MANYLINUX_X86_64_IMAGE", "");
        env.put("CIBW_PLATFORM", platform);
        return new RenderedJob("wheel", "wheel", List.of(os), env, sample.steps());
    }

    @Test
    void pyzmqUniversal2JobBuildsEveryCpythonFromRequiresPythonOnAssumingTheLatestCibuildwheel() throws IOException {
        WheelPlan plan = plan(pyzmqPyproject(), pyzmq("macos-14", "cp*", "universal2", "auto"));

        assertEquals(1, plan.steps().size(), "the --print-build-identifiers step builds nothing");
        assertEquals(List.of("cp39-macosx_universal2", "cp310-macosx_universal2", "cp311-macosx_universal2",
                "cp312-macosx_universal2", "cp313-macosx_universal2", "cp314-macosx_universal2",
                "cp314t-macosx_universal2", "cp315-macosx_universal2", "cp315t-macosx_universal2"), wheels(plan));
        assertTrue(plan.steps().get(0).explanations().stream().anyMatch(l -> l.contains("does not pin")));
    }

    @Test
    void pyzmqPypyJobBuildsPypyBecauseItsPyprojectEnablesIt() throws IOException {
        WheelPlan plan = plan(pyzmqPyproject(), pyzmq("macos-14", "pp*", "arm64", "auto"));

        assertEquals(List.of("pp39-macosx_arm64", "pp310-macosx_arm64", "pp311-macosx_arm64"), wheels(plan));
    }

    @Test
    void pyzmqRiscvJobIsEmulatedOnAnIntelRunner() throws IOException {
        WheelPlan plan = plan(pyzmqPyproject(), pyzmq("ubuntu-22.04", "cp312*manylinux*", "riscv64", "auto"));

        assertEquals(List.of("cp312-manylinux_riscv64"), wheels(plan));
        assertTrue(plan.steps().get(0).explanations().stream().anyMatch(l -> l.contains("QEMU")));
    }

    @Test
    void pyzmqAndroidJobIsNotPredicted() throws IOException {
        WheelPlan plan = plan(pyzmqPyproject(), pyzmq("ubuntu-24.04", "*", "all", "android"));

        assertEquals(WheelPlan.Outcome.UNKNOWN, plan.outcome());
        assertEquals(BuildStepPlan.Determination.NOT_MODELED, plan.steps().get(0).determination());
        assertTrue(plan.summary().contains("Android wheels are not predicted"), plan.summary());
    }

    @Test
    void anUnknownRunnerMakesTheWheelsUnknown() {
        WheelPlan plan = plan(NO_CONFIG, job("linux-arm-large", Map.of(), action("v3.2.0", Map.of())));

        assertEquals(WheelPlan.Outcome.UNKNOWN, plan.outcome());
        assertTrue(plan.summary().contains("linux-arm-large"), plan.summary());
    }

    @Test
    void anUnevaluatedSelectionVariableMakesTheWheelsUnknownAndNamesIt() {
        WheelPlan plan = plan(NO_CONFIG, job("ubuntu-latest", Map.of("CIBW_BUILD", "${{ matrix.python }}-*"),
                action("v3.2.0", Map.of())));

        assertEquals(WheelPlan.Outcome.UNKNOWN, plan.outcome());
        assertTrue(plan.summary().contains("CIBW_BUILD"), plan.summary());
    }

    @Test
    void anArchitectureThePlatformLacksIsAFailureWithCibuildwheelsReason() {
        WheelPlan plan = plan(NO_CONFIG, job("macos-14", Map.of("CIBW_ARCHS_MACOS", "AMD64"), action("v3.2.0", Map.of())));

        assertEquals(WheelPlan.Outcome.FAILS, plan.outcome());
        assertTrue(plan.summary().startsWith("cibuildwheel would fail: cibuildwheel 3.2.0 stops: Invalid archs option"
                + " {<Architecture.AMD64: 'AMD64'>}. macOS only supports"), plan.summary());
        assertTrue(plan.summary().contains("CIBW_ARCHS_MACOS"), plan.summary());
    }

    @Test
    void anUnknownEnableGroupIsAFailure() {
        WheelPlan plan = plan(NO_CONFIG, job("ubuntu-latest", Map.of("CIBW_ENABLE", "pypy-latest"), action("v3.2.0", Map.of())));

        assertEquals(WheelPlan.Outcome.FAILS, plan.outcome());
        assertTrue(plan.summary().contains("Failed to parse enable group. Unknown enable group: pypy-latest."),
                plan.summary());
    }

    @Test
    void selectingNothingFailsUnlessEmptyIsAllowed() {
        WheelPlan failing = plan(NO_CONFIG, job("ubuntu-latest", Map.of("CIBW_BUILD", "cp27-*"), action("v3.2.0", Map.of())));
        WheelPlan allowed = plan(NO_CONFIG, job("ubuntu-latest", Map.of("CIBW_BUILD", "cp27-*", "CIBW_ALLOW_EMPTY", "1"),
                action("v3.2.0", Map.of())));

        assertEquals(WheelPlan.Outcome.FAILS, failing.outcome());
        assertTrue(failing.summary().contains("error 3"), failing.summary());
        assertEquals(WheelPlan.Outcome.KNOWN, allowed.outcome());
        assertEquals("0 wheels", allowed.summary());
    }

    @Test
    void selectingNothingWithoutThePyprojectIsUnknownNotAFailure() {
        WheelPlan plan = new WheelPlanner(ProjectFiles.none())
                .plan(job("macos-14", Map.of("CIBW_BUILD", "pp*"), action("v4.2.0", Map.of())));

        assertEquals(WheelPlan.Outcome.UNKNOWN, plan.outcome());
        assertTrue(plan.summary().contains("may enable or select more"), plan.summary());
        assertTrue(!plan.steps().get(0).projectConfigRead());
    }

    @Test
    void theOnlyInputBuildsExactlyThatIdentifier() {
        WheelPlan plan = plan(NO_CONFIG, job("ubuntu-latest", Map.of("CIBW_BUILD", "cp39-*"),
                action("v4.1.1", Map.of("only", "cp313-musllinux_x86_64"))));

        assertEquals(List.of("cp313-musllinux_x86_64"), wheels(plan));
    }

    @Test
    void aMissingConfigFileIsAFailure() {
        WheelPlan plan = plan("[project]\nname = \"x\"\n", job("ubuntu-latest", Map.of(),
                action("v3.2.0", Map.of("config-file", "{package}/cibw.toml"))));

        assertEquals(WheelPlan.Outcome.FAILS, plan.outcome());
        assertTrue(plan.summary().contains("cibw.toml does not exist"), plan.summary());
    }

    @Test
    void anInvalidPyprojectIsAFailureWithTheParserPosition() {
        WheelPlan plan = plan("[tool.cibuildwheel\n", job("ubuntu-latest", Map.of(), action("v3.2.0", Map.of())));

        assertEquals(WheelPlan.Outcome.FAILS, plan.outcome());
        assertTrue(plan.summary().contains("not valid TOML (line 1"), plan.summary());
    }

    @Test
    void macosWheelsCannotBeBuiltOnALinuxRunner() {
        WheelPlan plan = plan(NO_CONFIG, job("ubuntu-latest", Map.of(),
                RenderedStep.script(0, "pipx run cibuildwheel==3.2.0 --platform macos", Map.of())));

        assertEquals(WheelPlan.Outcome.FAILS, plan.outcome());
        assertTrue(plan.summary().contains("only be built on a macOS runner"), plan.summary());
    }

    @Test
    void linuxWheelsOnAMacAreComputedWithADockerWarning() {
        WheelPlan plan = plan(NO_CONFIG, job("macos-14", Map.of("CIBW_BUILD", "cp312-manylinux*"),
                RenderedStep.script(0, "cibuildwheel --platform linux", Map.of())));

        assertEquals(List.of("cp312-manylinux_aarch64"), wheels(plan));
        assertTrue(plan.steps().get(0).explanations().stream().anyMatch(l -> l.contains("no Docker")));
    }

    @Test
    void cibuildwheel1IsNotModeledButTwoIs() {
        WheelPlan old = plan(NO_CONFIG, job("ubuntu-latest", Map.of(), action("v1.12.0", Map.of())));
        WheelPlan two = plan(NO_CONFIG, job("ubuntu-latest", Map.of("CIBW_BUILD", "cp39-*"), action("v2.23.3", Map.of())));

        assertEquals(BuildStepPlan.Determination.NOT_MODELED, old.steps().get(0).determination());
        assertTrue(old.summary().contains("older than 2.0.0"), old.summary());
        assertEquals(List.of("cp39-manylinux_x86_64", "cp39-manylinux_i686", "cp39-musllinux_x86_64",
                "cp39-musllinux_i686"), wheels(two));
    }

    @Test
    void wheelsOfAConditionalStepAreCountedApart() {
        RenderedStep nightly = RenderedStep.action(0, "pypa/cibuildwheel@v4.2.0", Map.of(),
                Map.of("CIBW_BUILD", "cp315t-*")).when("github.event_name == 'schedule'");
        RenderedStep main = RenderedStep.action(1, "pypa/cibuildwheel@v4.2.0", Map.of(), Map.of("CIBW_BUILD", "cp314-*"));

        WheelPlan plan = plan(NO_CONFIG, job("windows-11-arm", Map.of(), nightly, main));

        assertEquals(List.of("cp314-win_arm64"), wheels(plan));
        assertEquals(List.of("cp315t-win_arm64"), plan.conditionalWheels().stream().map(BuildIdentifier::toString).toList());
        assertEquals("1 wheel: cp314-win_arm64 (+1 from conditional steps)", plan.summary());
    }

    @Test
    void aMaturinJobShowsItsTargetEvenOnAnUnknownRunner() throws IOException {
        RenderedJob job = SampleJobs.render("pola-rs__polars__.github_workflows_release-python.yml", "build-wheels",
                Map.of("os", "linux-arm-large", "target", "aarch64-unknown-linux-gnu", "package", "polars-runtime-32"));

        WheelPlan plan = new WheelPlanner(ProjectFiles.none()).plan(job);

        assertEquals(1, plan.steps().size());
        BuildStepPlan step = plan.steps().get(0);
        assertEquals(BuildStepPlan.Tool.MATURIN, step.tool());
        MaturinBuild maturin = step.maturin().orElseThrow();
        assertEquals(Optional.of("aarch64-unknown-linux-gnu"), maturin.target());
        assertEquals(Optional.of("auto"), maturin.manylinux());
        assertEquals(Optional.of(Platform.LINUX), maturin.platform());
        assertTrue(plan.summary().contains("maturin build for aarch64-unknown-linux-gnu (manylinux auto)"), plan.summary());
    }

    @Test
    void aMaturinSdistStepIsNotAWheelStep() throws IOException {
        RenderedJob job = SampleJobs.render("pola-rs__polars__.github_workflows_release-python.yml", "create-sdist",
                Map.of("package", "polars"));

        assertEquals(WheelPlan.Outcome.NO_BUILD_STEP, new WheelPlanner(ProjectFiles.none()).plan(job).outcome());
    }
}
