package dev.wheelhouse.workflow.yaml;

import java.util.Optional;

/**
 * A scalar with its text, style and the value GitHub gives it (null, Boolean, Double or String;
 * see {@link ScalarTyping}).
 */
public record YamlScalar(String value, ScalarStyle style, Optional<String> explicitTag, Object typed,
                         Span span, Optional<String> anchor) implements YamlNode {

    @Override
    public int contentEnd() {
        return span.end();
    }

    /** Whether GitHub reads this scalar as a string. */
    public boolean isString() {
        return typed instanceof String;
    }
}
