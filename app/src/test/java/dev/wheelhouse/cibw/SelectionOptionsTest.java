package dev.wheelhouse.cibw;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelectionOptionsTest {

    private static final String PYPROJECT = """
            [project]
            requires-python = ">=3.9"
            [tool.cibuildwheel]
            build = ["cp311-*", "cp312-*"]
            skip = "*-musllinux*"
            archs = "auto64"
            enable = ["pypy"]
            [tool.cibuildwheel.macos]
            archs = ["x86_64", "universal2"]
            """;

    private static final CibuildwheelInvocation ACTION = new CibuildwheelInvocation(Optional.empty(), ".",
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), false);

    private static SelectionOptions resolve(Platform platform, Map<String, String> env, CibuildwheelInvocation call)
            throws PyprojectException {
        PyprojectConfig config = PyprojectConfig.parse(PYPROJECT, "pyproject.toml");
        return SelectionOptions.resolve(platform, env, config, Optional.of(config), call);
    }

    @Test
    void pyprojectValuesApplyWhenNoVariableIsSet() throws Exception {
        SelectionOptions options = resolve(Platform.LINUX, Map.of(), ACTION);

        assertEquals("cp311-* cp312-*", options.build().value());
        assertEquals("[tool.cibuildwheel] build in pyproject.toml", options.build().source());
        assertEquals("auto64", options.archs().value());
        assertEquals(">=3.9", options.requiresPython().orElseThrow().value());
    }

    @Test
    void thePlatformTableOutranksTheGlobalTable() throws Exception {
        SelectionOptions options = resolve(Platform.MACOS, Map.of(), ACTION);

        assertEquals("x86_64 universal2", options.archs().value());
        assertEquals("[tool.cibuildwheel.macos] archs in pyproject.toml", options.archs().source());
    }

    @Test
    void environmentOutranksPyprojectAndThePlatformVariableOutranksTheGenericOne() throws Exception {
        SelectionOptions options = resolve(Platform.MACOS,
                Map.of("CIBW_ARCHS", "arm64", "CIBW_ARCHS_MACOS", "universal2", "CIBW_ARCHS_LINUX", "aarch64"), ACTION);

        assertEquals("universal2", options.archs().value());
        assertEquals("CIBW_ARCHS_MACOS", options.archs().source());
    }

    @Test
    void anEmptyBuildVariableStillOverridesPyprojectAndMeansEverything() throws Exception {
        SelectionOptions options = resolve(Platform.LINUX, Map.of("CIBW_BUILD", "", "CIBW_SKIP", ""), ACTION);

        assertEquals("*", options.build().value());
        assertEquals("", options.skip().value());
        assertEquals("CIBW_SKIP", options.skip().source());
    }

    @Test
    void cibwEnableAddsToTheConfiguredGroups() throws Exception {
        SelectionOptions options = resolve(Platform.LINUX, Map.of("CIBW_ENABLE", "cpython-prerelease"), ACTION);

        assertEquals("pypy cpython-prerelease", options.enable().value());
    }

    @Test
    void buildHasNoPerPlatformVariableAndThatIsSaid() throws Exception {
        SelectionOptions options = resolve(Platform.LINUX, Map.of("CIBW_BUILD_LINUX", "cp313-*"), ACTION);

        assertEquals("cp311-* cp312-*", options.build().value());
        assertTrue(options.notes().stream().anyMatch(n -> n.contains("ignores CIBW_BUILD_LINUX")), options.notes()::toString);
    }

    @Test
    void onlyOverridesBuildSkipArchsAndEnable() throws Exception {
        CibuildwheelInvocation only = new CibuildwheelInvocation(Optional.empty(), ".", Optional.empty(),
                Optional.of("cp313-musllinux_x86_64"), Optional.empty(), Optional.empty(), List.of(), false);

        SelectionOptions options = resolve(Platform.LINUX, Map.of("CIBW_BUILD", "cp39-*"), only);

        assertEquals("cp313-musllinux_x86_64", options.build().value());
        assertEquals("", options.skip().value());
        assertEquals("all", options.archs().value());
        assertEquals("graalpy pypy pypy-eol", options.enable().value(), "what --only turns on in the newest release");
    }

    @Test
    void theArchsFlagOutranksEveryVariable() throws Exception {
        CibuildwheelInvocation flag = new CibuildwheelInvocation(Optional.empty(), ".", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("ARM64"), List.of(), false);

        SelectionOptions options = resolve(Platform.WINDOWS, Map.of("CIBW_ARCHS_WINDOWS", "AMD64"), flag);

        assertEquals("ARM64", options.archs().value());
        assertEquals("command line --archs", options.archs().source());
    }

    @Test
    void theRequiresPythonVariableOutranksThePyproject() throws Exception {
        SelectionOptions options = resolve(Platform.LINUX, Map.of("CIBW_PROJECT_REQUIRES_PYTHON", ">=3.12"), ACTION);

        assertEquals(">=3.12", options.requiresPython().orElseThrow().value());
    }
}
