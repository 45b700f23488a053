package dev.wheelhouse.workflow.yaml;

import java.util.Optional;

/** The text and its positioned node tree; the root is empty for an empty document. */
public record YamlDocument(SourceText source, Optional<YamlNode> root) {

    public String text() {
        return source.text();
    }
}
