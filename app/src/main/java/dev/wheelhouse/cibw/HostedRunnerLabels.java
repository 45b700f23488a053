package dev.wheelhouse.cibw;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GitHub's hosted runner labels and the machine behind each, as GitHub's runner reference lists
 * them in late 2026 (https://docs.github.com/en/actions/reference/runners/github-hosted-runners
 * and https://github.com/actions/runner-images#available-images). Labels match case-insensitively,
 * as GitHub matches them.
 */
final class HostedRunnerLabels {

    record Machine(Platform os, Architecture arch, Optional<String> caveat) {
    }

    private static final Set<String> LINUX_X64 = Set.of("ubuntu-latest", "ubuntu-26.04", "ubuntu-24.04",
            "ubuntu-22.04");
    private static final Set<String> LINUX_ARM64 = Set.of("ubuntu-26.04-arm", "ubuntu-24.04-arm",
            "ubuntu-22.04-arm");
    private static final Set<String> MACOS_ARM64 = Set.of("macos-latest", "macos-26", "macos-15", "macos-14");
    private static final Set<String> MACOS_X64 = Set.of("macos-26-intel", "macos-15-intel");
    private static final Set<String> WINDOWS_X64 = Set.of("windows-latest", "windows-2025", "windows-2022");
    private static final Set<String> WINDOWS_ARM64 = Set.of("windows-11-arm");

    /** Labels GitHub has retired: the machine is known, but a job on it waits and never starts. */
    private static final Map<String, Machine> RETIRED = Map.of(
            "macos-13", retired(Platform.MACOS, Architecture.X86_64,
                    "GitHub retired the macos-13 image in December 2025; use macos-15-intel"),
            "ubuntu-20.04", retired(Platform.LINUX, Architecture.X86_64,
                    "GitHub retired the ubuntu-20.04 image in April 2025; use ubuntu-24.04"),
            "windows-2019", retired(Platform.WINDOWS, Architecture.AMD64,
                    "GitHub retired the windows-2019 image in June 2025; use windows-2022"),
            "macos-12", retired(Platform.MACOS, Architecture.X86_64,
                    "GitHub retired the macos-12 image in December 2024; use macos-15-intel"));

    private HostedRunnerLabels() {
    }

    static Optional<Machine> lookup(String label) {
        String key = label.trim().toLowerCase(Locale.ROOT);
        if (LINUX_X64.contains(key)) {
            return machine(Platform.LINUX, Architecture.X86_64);
        }
        if (key.equals("ubuntu-slim")) {
            // A 1-vCPU container, not a VM: no Docker, so cibuildwheel's Linux builds cannot run there.
            return Optional.of(new Machine(Platform.LINUX, Architecture.X86_64, Optional.of(
                    "ubuntu-slim is a container without Docker; cibuildwheel needs a container engine for Linux wheels")));
        }
        if (LINUX_ARM64.contains(key)) {
            return machine(Platform.LINUX, Architecture.AARCH64);
        }
        if (MACOS_ARM64.contains(key)) {
            return machine(Platform.MACOS, Architecture.MACOS_ARM64);
        }
        if (MACOS_X64.contains(key)) {
            return machine(Platform.MACOS, Architecture.X86_64);
        }
        if (WINDOWS_X64.contains(key)) {
            return machine(Platform.WINDOWS, Architecture.AMD64);
        }
        if (WINDOWS_ARM64.contains(key)) {
            return machine(Platform.WINDOWS, Architecture.WINDOWS_ARM64);
        }
        if (RETIRED.containsKey(key)) {
            return Optional.of(RETIRED.get(key));
        }
        return macosLargerRunner(key);
    }

    /**
     * macOS larger runners have fixed labels: {@code -xlarge} is Apple silicon (M-series),
     * {@code -large} is Intel. Linux and Windows larger runners are named by their organisation,
     * so no label says what they are.
     */
    private static Optional<Machine> macosLargerRunner(String key) {
        if (!key.startsWith("macos-")) {
            return Optional.empty();
        }
        if (key.endsWith("-xlarge")) {
            return machine(Platform.MACOS, Architecture.MACOS_ARM64);
        }
        if (key.endsWith("-large")) {
            return machine(Platform.MACOS, Architecture.X86_64);
        }
        return Optional.empty();
    }

    private static Optional<Machine> machine(Platform os, Architecture arch) {
        return Optional.of(new Machine(os, arch, Optional.empty()));
    }

    private static Machine retired(Platform os, Architecture arch, String caveat) {
        return new Machine(os, arch, Optional.of(caveat));
    }
}
