package dev.wheelhouse.cibw;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What machine a job's {@code runs-on} names: its operating system and native architecture
 * (spelled as cibuildwheel spells it there: {@code x86_64}/{@code aarch64} on Linux,
 * {@code x86_64}/{@code arm64} on macOS, {@code AMD64}/{@code ARM64} on Windows), or why that
 * cannot be known.
 *
 * @param labels      the rendered {@code runs-on} labels (one, or the list a self-hosted job names)
 * @param kind        where the label comes from
 * @param os          the runner's operating system, when known
 * @param nativeArch  the runner's CPU architecture, when known
 * @param caveat      what a maintainer should know beyond OS and arch (retired image, inference), or empty
 */
public record RunnerPlatform(List<String> labels, Kind kind, Optional<Platform> os,
                             Optional<Architecture> nativeArch, Optional<String> caveat) {

    public enum Kind {
        /** A label GitHub hosts; OS and architecture are known. */
        GITHUB_HOSTED,
        /** A self-hosted runner; OS and architecture only as far as its default labels say. */
        SELF_HOSTED,
        /** A label that is neither a GitHub-hosted label nor marked self-hosted. */
        UNKNOWN,
        /** {@code runs-on} is an expression that could not be rendered for this job. */
        UNRENDERED
    }

    public RunnerPlatform {
        labels = List.copyOf(labels);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(nativeArch, "nativeArch");
        Objects.requireNonNull(caveat, "caveat");
    }

    /** The platform of a single {@code runs-on} label. */
    public static RunnerPlatform forLabel(String label) {
        return forLabels(List.of(label));
    }

    /**
     * The platform of a {@code runs-on} label list. A GitHub-hosted label anywhere in it decides;
     * otherwise a list containing {@code self-hosted} is read through the default labels GitHub gives
     * self-hosted runners ({@code linux}/{@code windows}/{@code macOS}, {@code x64}/{@code ARM64},
     * https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/using-self-hosted-runners-in-a-workflow#using-default-labels-to-route-jobs).
     */
    public static RunnerPlatform forLabels(List<String> labels) {
        for (String label : labels) {
            if (label.contains("${{")) {
                return unrendered(label);
            }
        }
        for (String label : labels) {
            Optional<HostedRunnerLabels.Machine> machine = HostedRunnerLabels.lookup(label);
            if (machine.isPresent()) {
                return new RunnerPlatform(labels, Kind.GITHUB_HOSTED, Optional.of(machine.get().os()),
                        Optional.of(machine.get().arch()), machine.get().caveat());
            }
        }
        if (labels.stream().anyMatch(l -> l.trim().equalsIgnoreCase("self-hosted"))) {
            return selfHosted(labels);
        }
        return new RunnerPlatform(labels, Kind.UNKNOWN, Optional.empty(), Optional.empty(), Optional.of(
                "'" + String.join(", ", labels) + "' is not a GitHub-hosted runner label;"
                        + " its operating system and architecture are unknown"));
    }

    /** A {@code runs-on} whose expression could not be evaluated for this job. */
    public static RunnerPlatform unrendered(String expression) {
        return new RunnerPlatform(List.of(expression), Kind.UNRENDERED, Optional.empty(), Optional.empty(),
                Optional.of("runs-on '" + expression + "' could not be evaluated, so the runner is unknown"));
    }

    /** Whether both the operating system and the native architecture are known. */
    public boolean known() {
        return os.isPresent() && nativeArch.isPresent();
    }

    /**
     * The {@code runner.os} / {@code runner.arch} values a step's expressions see on this runner
     * ({@code Linux}/{@code Windows}/{@code macOS}; {@code X64}/{@code ARM64}/{@code X86}/{@code ARM},
     * https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#runner-context), when known.
     */
    public Optional<Map<String, String>> runnerContext() {
        if (!known()) {
            return Optional.empty();
        }
        String githubOs = switch (os.get()) {
            case WINDOWS -> "Windows";
            case MACOS -> "macOS";
            default -> "Linux";
        };
        String githubArch = switch (nativeArch.get()) {
            case AARCH64, MACOS_ARM64, WINDOWS_ARM64 -> "ARM64";
            case I686, X86 -> "X86";
            case ARMV7L -> "ARM";
            default -> "X64";
        };
        return Optional.of(Map.of("os", githubOs, "arch", githubArch));
    }

    /** One line for a maintainer: {@code macos-latest: macOS arm64 (GitHub-hosted)}. */
    public String describe() {
        String name = String.join(", ", labels);
        if (!known()) {
            return caveat.orElse(name + ": unknown runner");
        }
        String where = kind == Kind.GITHUB_HOSTED ? "GitHub-hosted" : "self-hosted";
        return name + ": " + os.get().prettyName() + " " + nativeArch.get() + " (" + where + ")"
                + caveat.map(c -> "; " + c).orElse("");
    }

    private static RunnerPlatform selfHosted(List<String> labels) {
        Optional<Platform> os = Optional.empty();
        boolean x64 = false;
        boolean arm64 = false;
        for (String label : labels) {
            switch (label.trim().toLowerCase(Locale.ROOT)) {
                case "linux" -> os = Optional.of(Platform.LINUX);
                case "windows" -> os = Optional.of(Platform.WINDOWS);
                case "macos" -> os = Optional.of(Platform.MACOS);
                case "x64" -> x64 = true;
                case "arm64" -> arm64 = true;
                default -> {
                    // custom labels say nothing GitHub defines
                }
            }
        }
        Optional<Architecture> arch = Optional.empty();
        if (os.isPresent() && x64 != arm64) {
            arch = Optional.of(selfHostedArch(os.get(), arm64));
        }
        String caveat = os.isPresent() && arch.isPresent()
                ? "self-hosted runner: OS and architecture taken from its default labels"
                : "self-hosted runner whose labels do not name both an OS (linux, windows, macOS)"
                        + " and an architecture (x64, ARM64); its platform is unknown";
        return new RunnerPlatform(labels, Kind.SELF_HOSTED, os, arch, Optional.of(caveat));
    }

    private static Architecture selfHostedArch(Platform os, boolean arm64) {
        return switch (os) {
            case WINDOWS -> arm64 ? Architecture.WINDOWS_ARM64 : Architecture.AMD64;
            case MACOS -> arm64 ? Architecture.MACOS_ARM64 : Architecture.X86_64;
            default -> arm64 ? Architecture.AARCH64 : Architecture.X86_64;
        };
    }
}
