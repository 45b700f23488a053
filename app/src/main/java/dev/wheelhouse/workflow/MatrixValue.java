package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.yaml.YamlNode;

import java.util.Optional;

/**
 * One value of a vector: its data as GitHub types it (a Double for unquoted 3.10, a String for
 * '3.10', lists and maps for structured values), its node, and the expression text when the
 * value is computed ({@code ${{ … }}}), in which case {@code value} is that text.
 */
public record MatrixValue(Object value, YamlNode node, Optional<String> expression) {

    public boolean dynamic() {
        return expression.isPresent();
    }
}
