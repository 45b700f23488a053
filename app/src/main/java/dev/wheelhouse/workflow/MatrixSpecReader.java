package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.expr.ExpressionTemplate;
import dev.wheelhouse.workflow.yaml.YamlData;
import dev.wheelhouse.workflow.yaml.YamlEntry;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;
import dev.wheelhouse.workflow.yaml.YamlScalar;
import dev.wheelhouse.workflow.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code strategy.matrix} node into a {@link MatrixSpec}, without evaluating anything. */
final class MatrixSpecReader {

    private MatrixSpecReader() {
    }

    static MatrixSpec read(YamlNode valueNode) {
        YamlNode node = valueNode.resolved();
        List<MatrixVector> vectors = new ArrayList<>();
        Optional<MatrixEntries> include = Optional.empty();
        Optional<MatrixEntries> exclude = Optional.empty();
        Optional<String> expression = expressionOf(node);
        if (node instanceof YamlMapping mapping) {
            for (YamlEntry e : mapping.entries()) {
                String key = YamlData.keyString(e.key());
                if (key.equals("include")) {
                    include = Optional.of(entries(e));
                } else if (key.equals("exclude")) {
                    exclude = Optional.of(entries(e));
                } else {
                    vectors.add(vector(key, e));
                }
            }
        }
        return new MatrixSpec(valueNode, node, vectors, include, exclude, expression, List.of());
    }

    private static MatrixVector vector(String name, YamlEntry e) {
        YamlNode value = e.value().resolved();
        List<MatrixValue> values = new ArrayList<>();
        if (value instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                Optional<String> expr = firstExpression(item);
                values.add(new MatrixValue(expr.isPresent() && expressionOf(item).isPresent()
                        ? expr.get() : YamlData.toData(item), item, expr));
            }
        }
        return new MatrixVector(name, e.key(), e.value(), values, expressionOf(value));
    }

    private static MatrixEntries entries(YamlEntry e) {
        YamlNode value = e.value().resolved();
        List<MatrixEntry> list = new ArrayList<>();
        if (value instanceof YamlSequence seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                YamlNode item = seq.items().get(i);
                Map<String, Object> values = new LinkedHashMap<>();
                if (item.resolved() instanceof YamlMapping m) {
                    for (YamlEntry kv : m.entries()) {
                        values.put(YamlData.keyString(kv.key()), YamlData.toData(kv.value()));
                    }
                }
                list.add(new MatrixEntry(i, item, values, firstExpression(item)));
            }
        }
        return new MatrixEntries(e.key(), e.value(), list, expressionOf(value));
    }

    /** The text of a scalar that holds {@code ${{ }}}. */
    static Optional<String> expressionOf(YamlNode node) {
        if (node.resolved() instanceof YamlScalar s && s.isString() && ExpressionTemplate.hasExpression(s.value())) {
            return Optional.of(s.value());
        }
        return Optional.empty();
    }

    /** The first expression anywhere in a node (keys and values), if any. */
    static Optional<String> firstExpression(YamlNode node) {
        YamlNode n = node.resolved();
        if (n instanceof YamlScalar) {
            return expressionOf(n);
        }
        if (n instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                Optional<String> found = firstExpression(item);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        for (YamlEntry e : ((YamlMapping) n).entries()) {
            Optional<String> found = firstExpression(e.key()).or(() -> firstExpression(e.value()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
