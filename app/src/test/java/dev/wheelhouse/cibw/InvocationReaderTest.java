package dev.wheelhouse.cibw;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvocationReaderTest {

    @Test
    void theActionTakesItsVersionFromTheTagOrFromThePinComment() {
        RenderedStep tagged = RenderedStep.action(0, "pypa/cibuildwheel@v3.2.0",
                Map.of("package-dir", ".", "config-file", "{package}/pyproject.toml"), Map.of());
        RenderedStep pinned = RenderedStep.action(1, "pypa/cibuildwheel@1828c10ab37f080699c7b81cea34097c684a7074",
                Map.of(), Map.of()).withUsesComment("v4.2.0");

        CibuildwheelInvocation fromTag = InvocationReader.fromAction(tagged);
        CibuildwheelInvocation fromComment = InvocationReader.fromAction(pinned);

        assertEquals(Optional.of(new CibuildwheelRelease(3, 2, 0)), fromTag.release());
        assertEquals("pyproject.toml", fromTag.configPath());
        assertEquals(Optional.of(new CibuildwheelRelease(4, 2, 0)), fromComment.release());
    }

    @Test
    void aShaPinnedStepIsShownShortWithItsVersion() {
        RenderedStep pinned = RenderedStep.action(1, "pypa/cibuildwheel@1828c10ab37f080699c7b81cea34097c684a7074",
                Map.of(), Map.of()).withUsesComment("v4.2.0");

        assertEquals("pypa/cibuildwheel@1828c10 (v4.2.0)", pinned.label());
        assertEquals("pypa/cibuildwheel@v3.2.0", RenderedStep.action(0, "pypa/cibuildwheel@v3.2.0", Map.of(), Map.of()).label());
        assertEquals("Build wheels", pinned.named("Build wheels").label());
    }

    @Test
    void aReleaseCommitWithoutCommentIsThatRelease() {
        RenderedStep step = RenderedStep.action(0, "pypa/cibuildwheel@1828c10ab37f080699c7b81cea34097c684a7074",
                Map.of(), Map.of());

        assertEquals(Optional.of(new CibuildwheelRelease(4, 2, 0)), InvocationReader.fromAction(step).release());
    }

    @Test
    void anUnknownShaWithoutCommentHasNoKnownVersion() {
        RenderedStep step = RenderedStep.action(0, "pypa/cibuildwheel@0123456789abcdef0123456789abcdef01234567",
                Map.of(), Map.of());

        assertEquals(Optional.empty(), InvocationReader.fromAction(step).release());
    }

    @Test
    void aFloatingTagIsTheReleaseItPointedAtAndSaysSo() {
        CibuildwheelInvocation run = InvocationReader.fromAction(RenderedStep.action(0, "pypa/cibuildwheel@v3.1",
                Map.of(), Map.of()));

        assertEquals(Optional.of(new CibuildwheelRelease(3, 1, 4)), run.release());
        assertTrue(run.releaseNote().orElseThrow().contains("3.1.4"), run.releaseNote()::toString);
    }

    @Test
    void aPackageDirectoryMovesTheDefaultConfigFile() {
        RenderedStep step = RenderedStep.action(0, "pypa/cibuildwheel@v4.2.0", Map.of("package-dir", "./python"), Map.of());

        CibuildwheelInvocation call = InvocationReader.fromAction(step);

        assertEquals("python/pyproject.toml", call.configPath());
        assertEquals("python/pyproject.toml", call.pyprojectPath());
    }

    @Test
    void commandLineFormsFromTheSamplesAreRecognised() {
        assertEquals(Optional.of(new CibuildwheelRelease(4, 1, 1)), only(
                "uvx --from 'cibuildwheel==4.1.1' cibuildwheel --output-dir wheelhouse").release());
        assertEquals(Optional.of(new CibuildwheelRelease(4, 2, 0)), only("pipx run cibuildwheel==4.2.0").release());
        assertEquals(".", only("python -m cibuildwheel .").packageDir());
        assertEquals(".", only("python3 -m cibuildwheel --output-dir wheelhouse").packageDir());
        CibuildwheelInvocation pillow = only("cmd //c \"winbuild\\\\build\\\\build_env.cmd && $pythonLocation\\\\python.exe"
                + " -m cibuildwheel . --output-dir wheelhouse\"");
        assertEquals(".", pillow.packageDir());
    }

    @Test
    void flagsAreReadWithSpacesOrEquals() {
        CibuildwheelInvocation call = only("cibuildwheel --platform linux --archs=aarch64 --only cp312-manylinux_aarch64"
                + " --config-file cibw.toml --enable pypy src");

        assertEquals(Optional.of("linux"), call.platform());
        assertEquals(Optional.of("aarch64"), call.archs());
        assertEquals(Optional.of("cp312-manylinux_aarch64"), call.only());
        assertEquals("cibw.toml", call.configPath());
        assertEquals(List.of("pypy"), call.enable());
        assertEquals("src", call.packageDir());
    }

    @Test
    void lxmlsPrintOnlyChainYieldsOnlyListingRunsAndTheInstallPinCarriesOver() {
        String script = """
                cibuildwheel --print-build-identifiers --platform linux \\
                  | jq -nRc '{"only": inputs, "os": "ubuntu-latest"}' \\
                  && cibuildwheel --print-build-identifiers --platform windows  --archs AMD64,x86 \\
                  | jq -nRc '{"only": inputs, "os": "windows-2022"}'
                """;

        List<CibuildwheelInvocation> runs = InvocationReader.fromScript(script,
                InvocationReader.pinnedVersion("pipx install cibuildwheel==4.1.1"));

        assertEquals(2, runs.size());
        assertTrue(runs.stream().allMatch(CibuildwheelInvocation::printOnly));
        assertEquals(Optional.of("AMD64,x86"), runs.get(1).archs());
        assertEquals(Optional.of(new CibuildwheelRelease(4, 1, 1)), runs.get(1).release());
    }

    @Test
    void installingIsNotRunning() {
        assertTrue(InvocationReader.fromScript("pipx install cibuildwheel==4.1.1\npip install cibuildwheel", Optional.empty())
                .isEmpty());
        assertFalse(InvocationReader.fromScript("echo 'cibuildwheel is next'", Optional.empty()).size() > 0);
    }

    private static CibuildwheelInvocation only(String script) {
        List<CibuildwheelInvocation> runs = InvocationReader.fromScript(script, Optional.empty());
        assertEquals(1, runs.size(), script);
        return runs.get(0);
    }
}
