package dev.wheelhouse.workflow.yaml;

import java.util.Optional;

/**
 * A positioned node of the user's YAML. Nodes are never serialized back: edits replace bytes of
 * the original text at these positions.
 */
public sealed interface YamlNode permits YamlScalar, YamlMapping, YamlSequence, YamlAlias {

    /**
     * The node's extent as the parser marks it. A block collection's span ends where the next
     * token starts, which may be after blank lines and comments; use {@link #contentEnd()} for
     * the end of its last character.
     */
    Span span();

    /** The anchor name ({@code &name}) on this node, if any. */
    Optional<String> anchor();

    /** The char offset just after the node's last own character (comments excluded). */
    int contentEnd();

    /** This node, or the node an alias points to. */
    default YamlNode resolved() {
        return this;
    }

    /** The scalar's text when this (resolved) node is a scalar, else empty. */
    default Optional<String> scalarText() {
        return resolved() instanceof YamlScalar s ? Optional.of(s.value()) : Optional.empty();
    }
}
