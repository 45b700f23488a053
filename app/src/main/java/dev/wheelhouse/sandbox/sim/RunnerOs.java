package dev.wheelhouse.sandbox.sim;

import java.util.List;
import java.util.Locale;

/** The operating system and architecture behind a set of {@code runs-on} labels. */
public enum RunnerOs {
    LINUX("Linux", "X64", "ubuntu"),
    LINUX_ARM("Linux", "ARM64", "ubuntu"),
    MACOS("macOS", "ARM64", "macos"),
    WINDOWS("Windows", "X64", "windows");

    private final String runnerOs;
    private final String arch;
    private final String family;

    RunnerOs(String runnerOs, String arch, String family) {
        this.runnerOs = runnerOs;
        this.arch = arch;
        this.family = family;
    }

    /** {@code RUNNER_OS}: Linux, macOS or Windows. */
    public String runnerOs() {
        return runnerOs;
    }

    /** {@code RUNNER_ARCH}: X64 or ARM64. */
    public String arch() {
        return arch;
    }

    public boolean isLinux() {
        return this == LINUX || this == LINUX_ARM;
    }

    public String family() {
        return family;
    }

    public static RunnerOs of(List<String> labels) {
        for (String label : labels) {
            String l = label.toLowerCase(Locale.ROOT);
            if (l.startsWith("macos")) {
                return MACOS;
            }
            if (l.startsWith("windows")) {
                return WINDOWS;
            }
            if (l.startsWith("ubuntu") || l.equals("linux")) {
                return l.contains("arm") ? LINUX_ARM : LINUX;
            }
        }
        return LINUX;
    }
}
