package dev.wheelhouse.cibw;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildIdentifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "cp312-manylinux_x86_64,         CPYTHON, 3.12,  LINUX,   x86_64",
            "cp313t-musllinux_aarch64,       CPYTHON, 3.13t, LINUX,   aarch64",
            "pp311-manylinux_i686,           PYPY,    3.11,  LINUX,   i686",
            "cp312-macosx_universal2,        CPYTHON, 3.12,  MACOS,   universal2",
            "cp310-macosx_arm64,             CPYTHON, 3.10,  MACOS,   arm64",
            "cp312-win_amd64,                CPYTHON, 3.12,  WINDOWS, AMD64",
            "cp39-win32,                     CPYTHON, 3.9,   WINDOWS, x86",
            "cp311-win_arm64,                CPYTHON, 3.11,  WINDOWS, ARM64",
            "gp312_250-manylinux_aarch64,    GRAALPY, 3.12,  LINUX,   aarch64",
            "cp314-manylinux_riscv64,        CPYTHON, 3.14,  LINUX,   riscv64",
            "cp312-musllinux_armv7l,         CPYTHON, 3.12,  LINUX,   armv7l",
            "cp312-manylinux_s390x,          CPYTHON, 3.12,  LINUX,   s390x",
            "cp313-pyodide_wasm32,           CPYTHON, 3.13,  PYODIDE, wasm32",
    })
    void parsesEveryFamilyOfIdentifier(String text, Interpreter interpreter, String version, Platform platform,
                                       String arch) {
        BuildIdentifier id = BuildIdentifier.parse(text);

        assertEquals(interpreter, id.interpreter());
        assertEquals(version, id.pythonVersion());
        assertEquals(platform, id.platform());
        assertEquals(arch, id.architecture().orElseThrow().optionValue());
        assertEquals(text, id.toString());
    }

    @Test
    void mobileIdentifiersParseWithoutAnArchitecture() {
        BuildIdentifier ios = BuildIdentifier.parse("cp313-ios_arm64_iphoneos");
        BuildIdentifier android = BuildIdentifier.parse("cp314-android_arm64_v8a");

        assertEquals(Platform.IOS, ios.platform());
        assertEquals(Platform.ANDROID, android.platform());
        assertEquals(Optional.empty(), ios.architecture());
    }

    @Test
    void musllinuxIsTold() {
        assertTrue(BuildIdentifier.parse("cp312-musllinux_x86_64").musllinux());
        assertFalse(BuildIdentifier.parse("cp312-manylinux_x86_64").musllinux());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cp312", "cp312-", "xx312-manylinux_x86_64", "cp312-manylinux_arm64",
            "cp312-macosx_aarch64", "pp311t-manylinux_x86_64", "cp312-win_x86", "cp312-manylinux_AMD64"})
    void rejectsWhatIsNotAnIdentifierWithAOneLineReason(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BuildIdentifier.parse(text));

        assertTrue(e.getMessage().contains(text.trim()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(Optional.empty(), BuildIdentifier.tryParse(text));
    }
}
