package dev.wheelhouse.cibw;

import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunnerPlatformTest {

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource({
            "ubuntu-latest,     LINUX,   x86_64",
            "ubuntu-24.04,      LINUX,   x86_64",
            "ubuntu-22.04,      LINUX,   x86_64",
            "ubuntu-26.04,      LINUX,   x86_64",
            "ubuntu-24.04-arm,  LINUX,   aarch64",
            "ubuntu-22.04-arm,  LINUX,   aarch64",
            "macos-latest,      MACOS,   arm64",
            "macos-14,          MACOS,   arm64",
            "macos-15,          MACOS,   arm64",
            "macos-26,          MACOS,   arm64",
            "macos-13,          MACOS,   x86_64",
            "macos-15-intel,    MACOS,   x86_64",
            "macos-26-intel,    MACOS,   x86_64",
            "macos-14-large,    MACOS,   x86_64",
            "macos-latest-large, MACOS,  x86_64",
            "macos-15-xlarge,   MACOS,   arm64",
            "macos-latest-xlarge, MACOS, arm64",
            "windows-latest,    WINDOWS, AMD64",
            "windows-2025,      WINDOWS, AMD64",
            "windows-2022,      WINDOWS, AMD64",
            "windows-11-arm,    WINDOWS, ARM64",
            "Ubuntu-Latest,     LINUX,   x86_64",
    })
    void githubHostedLabelsNameTheirOsAndNativeArchitecture(String label, Platform os, String arch) {
        RunnerPlatform runner = RunnerPlatform.forLabel(label);

        assertEquals(RunnerPlatform.Kind.GITHUB_HOSTED, runner.kind());
        assertEquals(Optional.of(os), runner.os());
        assertEquals(arch, runner.nativeArch().orElseThrow().optionValue());
    }

    @Test
    void theRunnerContextUsesGithubsSpelling() {
        assertEquals(Optional.of(Map.of("os", "macOS", "arch", "ARM64")), RunnerPlatform.forLabel("macos-14").runnerContext());
        assertEquals(Optional.of(Map.of("os", "Linux", "arch", "X64")), RunnerPlatform.forLabel("ubuntu-latest").runnerContext());
        assertEquals(Optional.of(Map.of("os", "Windows", "arch", "ARM64")),
                RunnerPlatform.forLabel("windows-11-arm").runnerContext());
        assertEquals(Optional.empty(), RunnerPlatform.forLabel("gpu-box").runnerContext());
    }

    @Test
    void retiredImagesAreRecognisedButCarryAWarning() {
        RunnerPlatform runner = RunnerPlatform.forLabel("macos-13");

        assertTrue(runner.known());
        assertTrue(runner.describe().contains("retired"), runner.describe());
    }

    @Test
    void anUnknownLabelIsUnknownAndSaysSo() {
        RunnerPlatform runner = RunnerPlatform.forLabel("linux-16-core");

        assertEquals(RunnerPlatform.Kind.UNKNOWN, runner.kind());
        assertFalse(runner.known());
        assertTrue(runner.describe().contains("not a GitHub-hosted runner label"), runner.describe());
    }

    @Test
    void aSelfHostedRunnerIsReadThroughItsDefaultLabels() {
        RunnerPlatform runner = RunnerPlatform.forLabels(List.of("self-hosted", "Linux", "ARM64"));

        assertEquals(RunnerPlatform.Kind.SELF_HOSTED, runner.kind());
        assertEquals(Architecture.AARCH64, runner.nativeArch().orElseThrow());
        assertTrue(runner.describe().contains("self-hosted"));
    }

    @Test
    void aSelfHostedRunnerWithoutAnArchitectureLabelIsUnknown() {
        RunnerPlatform runner = RunnerPlatform.forLabels(List.of("self-hosted", "gpu"));

        assertFalse(runner.known());
        assertTrue(runner.describe().contains("platform is unknown"), runner.describe());
    }

    @Test
    void anUnevaluatedExpressionIsReportedAsSuch() {
        RunnerPlatform runner = RunnerPlatform.forLabel("${{ matrix.os }}");

        assertEquals(RunnerPlatform.Kind.UNRENDERED, runner.kind());
        assertTrue(runner.describe().contains("could not be evaluated"));
    }

    /** Every literal runner label in the real sample workflows is one GitHub hosts. */
    @Test
    void everyLiteralRunnerLabelInTheSamplesIsRecognised() throws IOException {
        Pattern label = Pattern.compile("(?m)^\\s*-?\\s*(?:runs-on|runner)\\s*:\\s*[\"']?([a-z][\\w.-]*)[\"']?\\s*$");
        List<String> unknown = new ArrayList<>();
        int seen = 0;
        for (Path file : Samples.allWorkflowFiles()) {
            Matcher m = label.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String value = m.group(1);
                if (!value.matches("(ubuntu|macos|windows)-.*")) {
                    continue;
                }
                seen++;
                if (!RunnerPlatform.forLabel(value).known()) {
                    unknown.add(file.getFileName() + ": " + value);
                }
            }
        }
        assertTrue(seen > 40, "expected many labels in the samples, saw " + seen);
        assertEquals(List.of(), unknown);
    }
}
