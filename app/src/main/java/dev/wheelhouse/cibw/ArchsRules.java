package dev.wheelhouse.cibw;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How one cibuildwheel release reads its {@code archs} option
 * (https://cibuildwheel.pypa.io/en/stable/options/#archs), as generated from the release's own
 * {@code Architecture} class by {@code tools/cibw-catalog/generate.py}.
 *
 * @param names               the architecture names the release knows, in its declaration order
 * @param caseInsensitive     whether it accepts a name in any case ({@code amd64} for {@code AMD64}; 4.2 and later)
 * @param keywords            per runner ({@code linux/x86_64}, {@code macos/arm64}, {@code windows/ARM64}) and
 *                            target platform, what {@code auto}, {@code native}, {@code all}, {@code auto64} and
 *                            {@code auto32} stand for, or the error the release stops with there
 * @param invalidMessage      the message for a name it does not know, with {@code {arch}} for the name
 * @param unsupportedMessages per target platform, the message for architectures the platform cannot build,
 *                            with {@code {archs}} for them as Python prints the set
 * @param emptyMessages       per target platform, the message when nothing is left to build
 * @param reprTemplate        how Python prints one architecture, with {@code {value}} for its name
 */
public record ArchsRules(List<String> names, boolean caseInsensitive,
                         Map<String, Map<Platform, Map<String, Keyword>>> keywords,
                         String invalidMessage, Map<Platform, String> unsupportedMessages,
                         Map<Platform, String> emptyMessages, String reprTemplate) {

    /**
     * What a keyword stands for on one runner for one target platform.
     *
     * @param archs the architectures (empty when {@code error} is present)
     * @param error what the release stops with instead: 2.0–2.2 on a Windows Arm runner did not know its CPU
     */
    public record Keyword(List<Architecture> archs, Optional<String> error) {

        public Keyword {
            archs = List.copyOf(archs);
            Objects.requireNonNull(error, "error");
        }
    }

    public ArchsRules {
        names = List.copyOf(names);
        keywords = Map.copyOf(keywords);
        Objects.requireNonNull(invalidMessage, "invalidMessage");
        unsupportedMessages = Map.copyOf(unsupportedMessages);
        emptyMessages = Map.copyOf(emptyMessages);
        Objects.requireNonNull(reprTemplate, "reprTemplate");
    }

    /** The runner key of the keyword table: {@code linux/x86_64}, {@code macos/arm64}, {@code windows/AMD64}. */
    public static String hostKey(Platform os, Architecture nativeArch) {
        return os.optionName() + "/" + nativeArch.optionValue();
    }

    /**
     * What a keyword stands for on a runner for a target platform: empty when the word is not a keyword
     * of this release, or when the runner is not one the table knows.
     */
    public Optional<Keyword> keyword(String host, Platform target, String word) {
        return Optional.ofNullable(keywords.get(host)).map(t -> t.get(target)).map(k -> k.get(word));
    }

    public boolean knowsHost(String host) {
        return keywords.containsKey(host);
    }

    /** Whether the word is one of the keywords the release has (on any runner). */
    public boolean isKeyword(String word) {
        return keywords.values().stream().flatMap(t -> t.values().stream())
                .anyMatch(k -> k.containsKey(word) && k.get(word).error().isEmpty());
    }

    /** Every architecture a target platform can build: {@code all}. */
    public List<Architecture> all(Platform target) {
        return keywords.values().stream().map(t -> t.getOrDefault(target, Map.of()).get("all"))
                .filter(k -> k != null && k.error().isEmpty()).map(Keyword::archs).findFirst().orElse(List.of());
    }

    /**
     * An architecture name as the release reads it: exactly spelled, or, where the release ignores
     * case, first among the target platform's architectures and then among all.
     */
    public Optional<Architecture> name(String word, Platform target) {
        if (!caseInsensitive) {
            return names.contains(word) ? Architecture.fromOptionValue(word) : Optional.empty();
        }
        for (Architecture arch : all(target)) {
            if (arch.optionValue().equalsIgnoreCase(word)) {
                return Optional.of(arch);
            }
        }
        return names.stream().filter(n -> n.equalsIgnoreCase(word)).findFirst().flatMap(Architecture::fromOptionValue);
    }

    public String invalid(String word) {
        return invalidMessage.replace("{arch}", word);
    }

    public String unsupported(Platform target, Collection<Architecture> archs) {
        String set = archs.stream().sorted().map(a -> reprTemplate.replace("{value}", a.optionValue()))
                .collect(Collectors.joining(", ", "{", "}"));
        return unsupportedMessages.getOrDefault(target, "Invalid archs option {archs}.").replace("{archs}", set);
    }

    public String empty(Platform target) {
        return emptyMessages.getOrDefault(target, "Empty archs option set.");
    }
}
