package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.yaml.YamlNode;

import java.util.List;
import java.util.Optional;

/**
 * The {@code include} or {@code exclude} list of a matrix: its key and value nodes, the entries,
 * and the expression text when the whole list is computed (then {@code entries} is empty).
 */
public record MatrixEntries(YamlNode keyNode, YamlNode valueNode, List<MatrixEntry> entries,
                            Optional<String> expression) {

    public MatrixEntries {
        entries = List.copyOf(entries);
    }

    public boolean dynamic() {
        return expression.isPresent() || entries.stream().anyMatch(MatrixEntry::dynamic);
    }
}
