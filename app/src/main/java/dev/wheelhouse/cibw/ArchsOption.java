package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * cibuildwheel's {@code archs} option resolved for one target platform on one runner, as the pinned
 * release's {@code Architecture.parse_config} and {@code allowed_architectures_check} read it: words
 * split on spaces or commas; keywords ({@code auto}, {@code native}, {@code all}, {@code auto64},
 * {@code auto32}, as far as the release has them) or architecture names. What each keyword stands
 * for, which names exist and the messages come from the release's model ({@link ArchsRules}).
 *
 * @param architectures the architectures that will be built (empty when {@code error} is present)
 * @param error         the message the release stops with for this value
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
     * @param runner   the runner it runs on; its OS and native architecture must be known, and
     *                 {@link ArchsRules#knowsHost} true for it
     * @param rules    how the pinned release reads the option
     */
    public static ArchsOption resolve(String value, Platform target, RunnerPlatform runner, ArchsRules rules) {
        List<String> notes = new ArrayList<>();
        String host = ArchsRules.hostKey(runner.os().orElseThrow(), runner.nativeArch().orElseThrow());
        Set<Architecture> result = EnumSet.noneOf(Architecture.class);
        for (String word : value.trim().split("[\\s,]+", -1)) {
            if (rules.isKeyword(word)) {
                Optional<ArchsRules.Keyword> keyword = rules.keyword(host, target, word);
                if (keyword.isPresent() && keyword.get().error().isPresent()) {
                    return failure(keyword.get().error().get());
                }
                List<Architecture> archs = keyword.map(ArchsRules.Keyword::archs).orElse(List.of());
                result.addAll(archs);
                if (word.equals("auto32") && archs.isEmpty() && target == Platform.LINUX
                        && runner.kind() == RunnerPlatform.Kind.SELF_HOSTED
                        && runner.nativeArch().get() == Architecture.AARCH64) {
                    // cibuildwheel adds armv7l when the CPU runs 32-bit Arm code (AArch32 at EL0). GitHub's Arm
                    // runners (Cobalt 100, Neoverse N2) cannot; a self-hosted machine might.
                    notes.add("auto32 on a self-hosted aarch64 runner builds armv7l if its CPU runs 32-bit Arm code;"
                            + " assumed it does not");
                }
                continue;
            }
            Optional<Architecture> named = rules.name(word, target);
            if (named.isEmpty()) {
                return failure(rules.invalid(word));
            }
            result.add(named.get());
        }
        if (!rules.all(target).containsAll(result)) {
            return failure(rules.unsupported(target, result));
        }
        if (result.isEmpty()) {
            return failure(rules.empty(target));
        }
        nativeFor(target, runner).ifPresent(n -> notes.addAll(crossBuildNotes(target, n, result)));
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
