package dev.wheelhouse.cibw;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchsOptionTest {

    private static Set<String> resolve(String value, Platform target, String runner) {
        ArchsOption archs = ArchsOption.resolve(value, target, RunnerPlatform.forLabel(runner));
        assertTrue(archs.error().isEmpty(), () -> archs.error().orElse(""));
        return archs.architectures().stream().map(Architecture::optionValue).collect(Collectors.toSet());
    }

    private static Set<String> set(String words) {
        return Arrays.stream(words.trim().split("\\s+")).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "archs ''{0}'' for {1} on {2} is {3}")
    @CsvSource({
            "auto,            LINUX,   ubuntu-latest,     x86_64 i686",
            "auto,            LINUX,   ubuntu-24.04-arm,  aarch64",
            "auto,            WINDOWS, windows-latest,    AMD64 x86",
            "auto,            WINDOWS, windows-11-arm,    ARM64",
            "auto,            MACOS,   macos-latest,      arm64",
            "auto,            MACOS,   macos-15-intel,    x86_64",
            "native,          LINUX,   ubuntu-latest,     x86_64",
            "native,          MACOS,   macos-14,          arm64",
            "auto64,          WINDOWS, windows-2022,      AMD64",
            "auto32,          LINUX,   ubuntu-22.04,      i686",
            "'auto,auto32',   LINUX,   ubuntu-22.04,      x86_64 i686",
            "x86_64 arm64,    MACOS,   macos-latest,      x86_64 arm64",
            "universal2,      MACOS,   macos-14,          universal2",
            "all,             MACOS,   macos-14,          x86_64 arm64 universal2",
            "all,             WINDOWS, windows-2022,      x86 AMD64 ARM64",
            "auto ppc64le s390x, LINUX, ubuntu-latest,    x86_64 i686 ppc64le s390x",
            "auto,            LINUX,   macos-latest,      aarch64",
            "auto,            LINUX,   windows-latest,    x86_64 i686",
    })
    void resolvesAsCibuildwheelDoesForTheRunner(String value, Platform target, String runner, String expected) {
        assertEquals(set(expected), resolve(value, target, runner));
    }

    @Test
    void anArchitectureThePlatformDoesNotHaveStopsCibuildwheel() {
        ArchsOption archs = ArchsOption.resolve("AMD64", Platform.MACOS, RunnerPlatform.forLabel("macos-14"));

        assertTrue(archs.error().orElseThrow().contains("macOS only supports arm64, universal2, x86_64"),
                archs.error().orElseThrow());
        assertTrue(archs.architectures().isEmpty());
    }

    @Test
    void archsAreCaseSensitive() {
        ArchsOption archs = ArchsOption.resolve("amd64", Platform.WINDOWS, RunnerPlatform.forLabel("windows-2022"));

        assertTrue(archs.error().orElseThrow().contains("'amd64' is not an archs value"), archs.error().orElseThrow());
    }

    @Test
    void auto32OnAMacSelectsNothingWhichCibuildwheelRefuses() {
        ArchsOption archs = ArchsOption.resolve("auto32", Platform.MACOS, RunnerPlatform.forLabel("macos-14"));

        assertTrue(archs.error().orElseThrow().contains("selects no architecture"), archs.error().orElseThrow());
    }

    @Test
    void emulatedLinuxArchitecturesAreNoted() {
        ArchsOption archs = ArchsOption.resolve("auto ppc64le", Platform.LINUX, RunnerPlatform.forLabel("ubuntu-latest"));

        assertTrue(archs.notes().stream().anyMatch(n -> n.contains("ppc64le run under QEMU")), archs.notes()::toString);
        assertTrue(archs.notes().stream().noneMatch(n -> n.contains("i686")), archs.notes()::toString);
    }

    @Test
    void arm64OnAnIntelMacIsNotedAsUntestable() {
        ArchsOption archs = ArchsOption.resolve("x86_64 arm64", Platform.MACOS, RunnerPlatform.forLabel("macos-15-intel"));

        assertTrue(archs.notes().stream().anyMatch(n -> n.contains("cannot test")), archs.notes()::toString);
    }
}
