package dev.wheelhouse.workflow.yaml;

import java.util.List;
import java.util.Optional;

/** A sequence in document order; {@code flow} for {@code [ … ]} style. */
public record YamlSequence(List<YamlNode> items, boolean flow, Span span, Optional<String> anchor)
        implements YamlNode {

    public YamlSequence {
        items = List.copyOf(items);
    }

    @Override
    public int contentEnd() {
        if (flow || items.isEmpty()) {
            return span.end();
        }
        return items.get(items.size() - 1).contentEnd();
    }
}
