package dev.wheelhouse.cibw;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one cibuildwheel release reads its {@code enable} option
 * (https://cibuildwheel.pypa.io/en/stable/options/#enable), as generated from the release itself
 * by {@code tools/cibw-catalog/generate.py}.
 *
 * @param option              whether the release has the option at all (2.22 and later)
 * @param groups              the group names it accepts, in its declaration order
 * @param all                 what {@code all} turns on; empty when {@code all} is not a group name there (2.22, 2.23)
 * @param only                what {@code --only} turns on; empty when the release has no {@code --only}
 * @param switches            the older boolean settings that turn groups on
 * @param switchConflict      the message the release stops with when a switch and {@code enable} are both set
 * @param unknownGroupMessage the message for a name it does not know, with {@code {group}} for the name
 */
public record EnableRules(boolean option, List<String> groups, Optional<List<String>> all, Optional<List<String>> only,
                          List<EnableSwitch> switches, Optional<String> switchConflict,
                          Optional<String> unknownGroupMessage) {

    public EnableRules {
        groups = List.copyOf(groups);
        all = all.map(List::copyOf);
        only = only.map(List::copyOf);
        switches = List.copyOf(switches);
        Objects.requireNonNull(switchConflict, "switchConflict");
        Objects.requireNonNull(unknownGroupMessage, "unknownGroupMessage");
    }

    /**
     * The groups an {@code enable} value turns on, read as the release reads it: words separated by
     * white space; {@code all} stands for every group and ends the reading where the release has it.
     *
     * @throws RejectedOption with the release's own message for a word it does not know
     */
    public Set<String> parse(String value) throws RejectedOption {
        Set<String> enabled = new LinkedHashSet<>();
        if (!option) {
            return enabled;
        }
        for (String word : value.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals("all") && all.isPresent()) {
                return new LinkedHashSet<>(all.get());
            }
            if (!groups.contains(word)) {
                throw new RejectedOption(unknownGroupMessage.orElse("Unknown enable group: {group}")
                        .replace("{group}", word));
            }
            enabled.add(word);
        }
        return enabled;
    }
}
