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

    private static ArchsRules rules(String release) {
        return IdentifierCatalog.forRelease(CibuildwheelRelease.parse(release).orElseThrow()).orElseThrow().archs();
    }

    private static ArchsOption option(String release, String value, Platform target, String runner) {
        return ArchsOption.resolve(value, target, RunnerPlatform.forLabel(runner), rules(release));
    }

    private static Set<String> resolve(String release, String value, Platform target, String runner) {
        ArchsOption archs = option(release, value, target, runner);
        assertTrue(archs.error().isEmpty(), () -> archs.error().orElse(""));
        return archs.architectures().stream().map(Architecture::optionValue).collect(Collectors.toSet());
    }

    private static Set<String> set(String words) {
        return Arrays.stream(words.trim().split("\\s+")).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "cibuildwheel {0}: archs ''{1}'' for {2} on {3} is {4}")
    @CsvSource({
            "4.2.0,  auto,            LINUX,   ubuntu-latest,     x86_64",
            "2.16.5, auto,            LINUX,   ubuntu-latest,     x86_64 i686",
            "4.2.0,  auto,            LINUX,   ubuntu-24.04-arm,  aarch64",
            "4.2.0,  auto,            WINDOWS, windows-latest,    AMD64 x86",
            "4.2.0,  auto,            WINDOWS, windows-11-arm,    ARM64",
            "4.2.0,  auto,            MACOS,   macos-latest,      arm64",
            "2.3.1,  auto,            MACOS,   macos-latest,      arm64 universal2",
            "4.2.0,  auto,            MACOS,   macos-15-intel,    x86_64",
            "4.2.0,  native,          LINUX,   ubuntu-latest,     x86_64",
            "4.2.0,  native,          MACOS,   macos-14,          arm64",
            "4.2.0,  auto64,          WINDOWS, windows-2022,      AMD64",
            "4.2.0,  auto32,          LINUX,   ubuntu-22.04,      i686",
            "4.2.0,  'auto,auto32',   LINUX,   ubuntu-22.04,      x86_64 i686",
            "4.2.0,  x86_64 arm64,    MACOS,   macos-latest,      x86_64 arm64",
            "4.2.0,  universal2,      MACOS,   macos-14,          universal2",
            "4.2.0,  all,             MACOS,   macos-14,          x86_64 arm64 universal2",
            "4.2.0,  all,             WINDOWS, windows-2022,      x86 AMD64 ARM64",
            "4.2.0,  auto ppc64le s390x, LINUX, ubuntu-latest,    x86_64 ppc64le s390x",
            "4.2.0,  auto,            LINUX,   macos-latest,      aarch64",
            "4.2.0,  auto,            LINUX,   windows-latest,    x86_64",
            "4.2.0,  amd64,           WINDOWS, windows-latest,    AMD64",
    })
    void resolvesAsThePinnedReleaseDoesForTheRunner(String release, String value, Platform target, String runner,
                                                     String expected) {
        assertEquals(set(expected), resolve(release, value, target, runner));
    }

    @Test
    void anArchitectureThePlatformDoesNotHaveStopsCibuildwheelWithItsOwnMessage() {
        ArchsOption archs = option("4.2.0", "AMD64", Platform.MACOS, "macos-14");

        assertEquals("Invalid archs option {<Architecture.AMD64: 'AMD64'>}. macOS only supports"
                + " [<Architecture.arm64: 'arm64'>, <Architecture.universal2: 'universal2'>,"
                + " <Architecture.x86_64: 'x86_64'>] at the moment. If you want to set emulation architectures on"
                + " Linux, use CIBW_ARCHS_LINUX instead.", archs.error().orElseThrow());
        assertTrue(archs.architectures().isEmpty());
    }

    @Test
    void archNamesWereCaseSensitiveBefore411AndEachReleaseSaysSoInItsOwnWords() {
        assertEquals("Invalid architecture 'amd64'", option("4.1.0", "amd64", Platform.WINDOWS, "windows-2022")
                .error().orElseThrow());
        assertEquals("ValueError: 'amd64' is not a valid Architecture",
                option("2.16.5", "amd64", Platform.WINDOWS, "windows-2022").error().orElseThrow());
    }

    @Test
    void aKeywordTheReleaseDidNotHaveIsAnInvalidArchitecture() {
        assertEquals("ValueError: 'riscv64' is not a valid Architecture",
                option("2.23.4", "riscv64", Platform.LINUX, "ubuntu-latest").error().orElseThrow());
    }

    @Test
    void auto32OnAMacSelectsNothingWhichCibuildwheelRefuses() {
        ArchsOption archs = option("4.2.0", "auto32", Platform.MACOS, "macos-14");

        assertTrue(archs.error().orElseThrow().startsWith("Empty archs option set."), archs.error().orElseThrow());
    }

    @Test
    void emulatedLinuxArchitecturesAreNoted() {
        ArchsOption archs = option("4.2.0", "auto auto32 ppc64le", Platform.LINUX, "ubuntu-latest");

        assertTrue(archs.notes().stream().anyMatch(n -> n.contains("ppc64le run under QEMU")), archs.notes()::toString);
        assertTrue(archs.notes().stream().noneMatch(n -> n.contains("i686")), archs.notes()::toString);
    }

    @Test
    void arm64OnAnIntelMacIsNotedAsUntestable() {
        ArchsOption archs = option("4.2.0", "x86_64 arm64", Platform.MACOS, "macos-15-intel");

        assertTrue(archs.notes().stream().anyMatch(n -> n.contains("cannot test")), archs.notes()::toString);
    }

    @Test
    void auto32OnASelfHostedArmMachineNotesTheArmv7lAssumption() {
        ArchsOption archs = ArchsOption.resolve("auto64 auto32", Platform.LINUX,
                RunnerPlatform.forLabels(java.util.List.of("self-hosted", "linux", "ARM64")), rules("4.2.0"));

        assertEquals(Set.of(Architecture.AARCH64), archs.architectures());
        assertTrue(archs.notes().stream().anyMatch(n -> n.contains("armv7l")), archs.notes()::toString);
    }
}
