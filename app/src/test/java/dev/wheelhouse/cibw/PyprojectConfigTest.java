package dev.wheelhouse.cibw;

import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PyprojectConfigTest {

    private static PyprojectConfig sample(String name) throws IOException, PyprojectException {
        return PyprojectConfig.parse(Files.readString(Samples.workflow(name), StandardCharsets.UTF_8), "pyproject.toml");
    }

    @Test
    void satkitListsBecomeSpaceSeparatedSelectorsAndPlatformTablesAreKept() throws Exception {
        PyprojectConfig satkit = sample("ssmichael1__satkit__pyproject.toml");

        assertEquals(Optional.of("cp314-* cp313-* cp312-* cp311-* cp310-*"), satkit.option("build"));
        assertEquals(Optional.of("pp* *_i686 *_s390x *_ppc64le *-musllinux*"), satkit.option("skip"));
        assertEquals(Optional.of("x86_64 arm64"), satkit.platformOption(Platform.MACOS, "archs"));
        assertEquals(Optional.of("native"), satkit.platformOption(Platform.LINUX, "archs"));
        assertEquals(Optional.of("AMD64"), satkit.platformOption(Platform.WINDOWS, "archs"));
        assertEquals(Optional.of(">= 3.10"), satkit.requiresPython());
        assertFalse(satkit.option("environment").isPresent(), "tables are not selection options");
    }

    @Test
    void pyzmqEnablesPypyAndItsOverridesDoNotLeakIntoOptions() throws Exception {
        PyprojectConfig pyzmq = sample("zeromq__pyzmq__pyproject.toml");

        assertEquals(Optional.of("pypy pypy-eol"), pyzmq.option("enable"));
        assertEquals(Optional.of("1"), pyzmq.option("build-verbosity"));
        assertFalse(pyzmq.option("overrides").isPresent());
        assertEquals(Optional.of(">=3.9"), pyzmq.requiresPython());
    }

    @Test
    void h5pyNumbersAndSkipListsAreStringsAsCibuildwheelSeesThem() throws Exception {
        PyprojectConfig h5py = sample("h5py__h5py__pyproject.toml");

        assertEquals(Optional.of("cp310-win_arm64 *-win32"), h5py.option("skip"));
        assertEquals(Optional.of("1"), h5py.option("build-verbosity"));
    }

    @Test
    void booleansReadAsPythonWritesThem() throws Exception {
        PyprojectConfig config = PyprojectConfig.parse("[tool.cibuildwheel]\nallow-empty = true\n", "x.toml");

        assertEquals(Optional.of("True"), config.option("allow-empty"));
    }

    @Test
    void invalidTomlIsOneLineWithItsPosition() {
        PyprojectException e = assertThrows(PyprojectException.class,
                () -> PyprojectConfig.parse("[tool.cibuildwheel]\nbuild = [\"cp3*\"\nskip = 1\n", "pyproject.toml"));

        assertTrue(e.getMessage().startsWith("pyproject.toml is not valid TOML (line "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aFileWithoutCibuildwheelSettingsHasNoOptions() throws Exception {
        PyprojectConfig config = PyprojectConfig.parse("[project]\nname = \"x\"\n", "pyproject.toml");

        assertTrue(config.options().isEmpty());
        assertTrue(config.requiresPython().isEmpty());
    }
}
