package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.yaml.YamlNode;

import java.util.Map;
import java.util.Optional;

/**
 * One entry of {@code include} or {@code exclude}: its position in the list, its node, and its
 * keys and values as data (expressions kept as their text). {@code expression} is set when the
 * entry or one of its values is computed.
 */
public record MatrixEntry(int index, YamlNode node, Map<String, Object> values, Optional<String> expression) {

    public MatrixEntry {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    public boolean dynamic() {
        return expression.isPresent();
    }
}
