package dev.wheelhouse.sandbox.sim;

import dev.wheelhouse.cibw.Architecture;
import dev.wheelhouse.cibw.Platform;
import dev.wheelhouse.cibw.RunnerPlatform;

import java.util.List;

/**
 * The kind of hosted runner a job lands on, as far as the simulation cares (queueing, speed,
 * runner image, paths in the log). Labels are read by {@link RunnerPlatform}; a label it does
 * not know runs as Linux x64, the commonest runner.
 */
public enum RunnerOs {
    LINUX("Linux", "ubuntu"),
    LINUX_ARM("Linux", "ubuntu"),
    MACOS("macOS", "macos"),
    WINDOWS("Windows", "windows");

    private final String runnerOs;
    private final String family;

    RunnerOs(String runnerOs, String family) {
        this.runnerOs = runnerOs;
        this.family = family;
    }

    /** {@code RUNNER_OS}: Linux, macOS or Windows. */
    public String runnerOs() {
        return runnerOs;
    }

    public boolean isLinux() {
        return this == LINUX || this == LINUX_ARM;
    }

    public String family() {
        return family;
    }

    public static RunnerOs of(List<String> labels) {
        RunnerPlatform platform = RunnerPlatform.forLabels(labels);
        boolean arm = platform.nativeArch().map(a -> a == Architecture.AARCH64).orElse(false);
        return switch (platform.os().orElse(Platform.LINUX)) {
            case MACOS -> MACOS;
            case WINDOWS -> WINDOWS;
            default -> arm ? LINUX_ARM : LINUX;
        };
    }
}
