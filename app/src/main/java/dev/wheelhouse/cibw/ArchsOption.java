package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * cibuildwheel's {@code archs} option resolved for one target platform on one runner, following
 * {@code Architecture.parse_config} and {@code allowed_architectures_check}
 * (https://github.com/pypa/cibuildwheel/blob/main/cibuildwheel/architecture.py): words split on
 * spaces or commas; {@code auto}, {@code native}, {@code all}, {@code auto64}, {@code auto32} or an
 * exact architecture name.
 *
 * @param architectures the architectures that will be built (empty when {@code error} is present)
 * @param error         why cibuildwheel would stop on this value, in one line
 * @param notes         what a maintainer should know about the choice (emulation, assumptions)
 */
public record ArchsOption(Set<Architecture> architectures, Optional<String> error, List<String> notes) {

    public ArchsOption {
        architectures = architectures.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(architectures));
        notes = List.copyOf(notes);
    }

    /**
     * Resolves an {@code archs} value.
     *
     * @param value    the option's value, e.g. {@code auto}, {@code x86_64 arm64}, {@code auto,auto32}
     * @param target   the platform cibuildwheel builds for
     * @param runner   the runner it runs on; its OS and native architecture must be known
     */
    public static ArchsOption resolve(String value, Platform target, RunnerPlatform runner) {
        List<String> notes = new ArrayList<>();
        Optional<Architecture> nativeArch = nativeFor(target, runner);
        Set<Architecture> result = EnumSet.noneOf(Architecture.class);
        for (String word : value.trim().split("[\\s,]+", -1)) {
            switch (word) {
                case "auto" -> result.addAll(auto(target, runner, nativeArch, notes));
                case "native" -> nativeArch.ifPresent(result::add);
                case "all" -> result.addAll(all(target));
                case "auto64" -> auto(target, runner, nativeArch, notes).stream()
                        .filter(a -> !a.is32Bit()).forEach(result::add);
                case "auto32" -> auto(target, runner, nativeArch, notes).stream()
                        .filter(Architecture::is32Bit).forEach(result::add);
                default -> {
                    Optional<Architecture> named = Architecture.fromOptionValue(word);
                    if (named.isEmpty()) {
                        return failure("'" + word + "' is not an archs value; cibuildwheel accepts auto, native,"
                                + " all, auto64, auto32 or an architecture spelled exactly, e.g. x86_64, aarch64,"
                                + " arm64, universal2, AMD64, x86, ARM64");
                    }
                    result.add(named.get());
                }
            }
        }
        Set<Architecture> allowed = all(target);
        if (!allowed.containsAll(result)) {
            String bad = result.stream().filter(a -> !allowed.contains(a)).map(Architecture::optionValue)
                    .sorted().collect(Collectors.joining(", "));
            String supported = allowed.stream().map(Architecture::optionValue).sorted()
                    .collect(Collectors.joining(", "));
            return failure("archs '" + value.trim() + "' asks for " + bad + ", but " + target.prettyName()
                    + " only supports " + supported);
        }
        if (result.isEmpty()) {
            return failure("archs '" + value.trim() + "' selects no architecture on this runner,"
                    + " which cibuildwheel refuses (\"Empty archs option set\")");
        }
        nativeArch.ifPresent(n -> notes.addAll(crossBuildNotes(target, n, result)));
        return new ArchsOption(result, Optional.empty(), notes);
    }

    /**
     * The runner's architecture under the target platform's name, as cibuildwheel's
     * {@code ARCH_SYNONYMS} rename it: an arm64 Mac building Linux wheels is {@code aarch64}.
     */
    static Optional<Architecture> nativeFor(Platform target, RunnerPlatform runner) {
        if (runner.nativeArch().isEmpty()) {
            return Optional.empty();
        }
        Architecture arch = runner.nativeArch().get();
        boolean arm = arch == Architecture.AARCH64 || arch == Architecture.MACOS_ARM64
                || arch == Architecture.WINDOWS_ARM64;
        boolean intel64 = arch == Architecture.X86_64 || arch == Architecture.AMD64;
        return switch (target) {
            case LINUX -> arm ? Optional.of(Architecture.AARCH64) : intel64 ? Optional.of(Architecture.X86_64)
                    : Optional.of(arch);
            case MACOS -> arm ? Optional.of(Architecture.MACOS_ARM64) : intel64 ? Optional.of(Architecture.X86_64)
                    : Optional.empty();
            case WINDOWS -> arm ? Optional.of(Architecture.WINDOWS_ARM64) : intel64 ? Optional.of(Architecture.AMD64)
                    : Optional.empty();
            case PYODIDE -> Optional.of(Architecture.WASM32);
            default -> Optional.empty();
        };
    }

    private static Set<Architecture> auto(Platform target, RunnerPlatform runner, Optional<Architecture> nativeArch,
                                          List<String> notes) {
        Set<Architecture> auto = EnumSet.noneOf(Architecture.class);
        if (nativeArch.isEmpty()) {
            return auto;
        }
        auto.add(nativeArch.get());
        if (target == Platform.LINUX && nativeArch.get() == Architecture.X86_64) {
            auto.add(Architecture.I686);
        }
        if (target == Platform.WINDOWS && nativeArch.get() == Architecture.AMD64) {
            auto.add(Architecture.X86);
        }
        if (target == Platform.LINUX && nativeArch.get() == Architecture.AARCH64
                && runner.kind() == RunnerPlatform.Kind.SELF_HOSTED) {
            // cibuildwheel adds armv7l when the CPU runs 32-bit Arm code (AArch32 at EL0). GitHub's Arm
            // runners (Cobalt 100, Neoverse N2) cannot; a self-hosted machine might.
            String note = "auto on a self-hosted aarch64 runner also builds armv7l if its CPU runs 32-bit Arm code;"
                    + " assumed it does not";
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }
        return auto;
    }

    private static Set<Architecture> all(Platform target) {
        return switch (target) {
            case LINUX -> EnumSet.of(Architecture.X86_64, Architecture.I686, Architecture.AARCH64,
                    Architecture.PPC64LE, Architecture.S390X, Architecture.ARMV7L, Architecture.RISCV64);
            case MACOS -> EnumSet.of(Architecture.X86_64, Architecture.MACOS_ARM64, Architecture.UNIVERSAL2);
            case WINDOWS -> EnumSet.of(Architecture.X86, Architecture.AMD64, Architecture.WINDOWS_ARM64);
            case PYODIDE -> EnumSet.of(Architecture.WASM32);
            default -> EnumSet.noneOf(Architecture.class);
        };
    }

    private static List<String> crossBuildNotes(Platform target, Architecture nativeArch, Set<Architecture> archs) {
        List<String> notes = new ArrayList<>();
        if (target == Platform.LINUX) {
            String emulated = archs.stream()
                    .filter(a -> a != nativeArch && !(nativeArch == Architecture.X86_64 && a == Architecture.I686))
                    .map(Architecture::optionValue).sorted().collect(Collectors.joining(", "));
            if (!emulated.isEmpty()) {
                notes.add(emulated + " run under QEMU emulation on this " + nativeArch + " runner"
                        + " (docker/setup-qemu-action must run first)");
            }
        } else if (target == Platform.MACOS) {
            // An Apple silicon Mac runs x86_64 tests under Rosetta 2; an Intel Mac cannot run arm64 code.
            if (nativeArch == Architecture.X86_64 && archs.contains(Architecture.MACOS_ARM64)) {
                notes.add("arm64 is cross-compiled on this Intel runner; cibuildwheel cannot test it");
            } else if (nativeArch == Architecture.MACOS_ARM64 && archs.contains(Architecture.X86_64)) {
                notes.add("x86_64 is cross-compiled on this Apple silicon runner and tested under Rosetta 2");
            }
        }
        return notes;
    }

    private static ArchsOption failure(String message) {
        return new ArchsOption(Set.of(), Optional.of(message), List.of());
    }
}
