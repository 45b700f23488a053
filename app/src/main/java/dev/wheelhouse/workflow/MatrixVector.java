package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.yaml.YamlNode;

import java.util.List;
import java.util.Optional;

/**
 * A vector of the matrix (every key other than include/exclude), in document order. When the
 * whole vector is an expression, {@code expression} holds its text and {@code values} is empty.
 */
public record MatrixVector(String name, YamlNode keyNode, YamlNode valueNode, List<MatrixValue> values,
                           Optional<String> expression) {

    public MatrixVector {
        values = List.copyOf(values);
    }

    /** The key or the values are computed by an expression. */
    public boolean dynamic() {
        return expression.isPresent() || values.stream().anyMatch(MatrixValue::dynamic)
                || dev.wheelhouse.workflow.expr.ExpressionTemplate.hasExpression(name);
    }

    /** The values as data, in order. */
    public List<Object> data() {
        return values.stream().map(MatrixValue::value).toList();
    }
}
