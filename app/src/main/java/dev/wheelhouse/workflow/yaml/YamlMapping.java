package dev.wheelhouse.workflow.yaml;

import java.util.List;
import java.util.Optional;

/** A mapping in document order; {@code flow} for {@code { … }} style. */
public record YamlMapping(List<YamlEntry> entries, boolean flow, Span span, Optional<String> anchor)
        implements YamlNode {

    public YamlMapping {
        entries = List.copyOf(entries);
    }

    /** The first entry whose scalar key is exactly {@code key}. */
    public Optional<YamlEntry> entry(String key) {
        for (YamlEntry e : entries) {
            if (key.equals(e.keyText())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The value of the first entry whose scalar key is exactly {@code key}. */
    public Optional<YamlNode> get(String key) {
        return entry(key).map(YamlEntry::value);
    }

    @Override
    public int contentEnd() {
        if (flow || entries.isEmpty()) {
            return span.end();
        }
        YamlEntry last = entries.get(entries.size() - 1);
        return Math.max(last.value().contentEnd(), last.key().contentEnd());
    }
}
