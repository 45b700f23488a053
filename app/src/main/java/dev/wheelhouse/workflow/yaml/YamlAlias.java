package dev.wheelhouse.workflow.yaml;

import java.util.Optional;

/**
 * An alias ({@code *name}) at its own position, pointing to the anchored node. GitHub replays the
 * anchored events at the alias, so readers use {@link #resolved()}; editors edit the target.
 */
public record YamlAlias(String name, YamlNode target, Span span) implements YamlNode {

    @Override
    public Optional<String> anchor() {
        return Optional.empty();
    }

    @Override
    public int contentEnd() {
        return span.end();
    }

    @Override
    public YamlNode resolved() {
        return target.resolved();
    }
}
