package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.expr.ExpressionValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An include or exclude entry used as a filter. As in GitHub's MatrixBuilder.MatrixFilter, every
 * leaf of the entry becomes a test {@code matrix['k']['sub'][0] == literal}; the entry matches
 * when all hold. So keys match partially, nested objects as subsets, sequences as prefixes, an
 * empty {@code {}} or {@code []} matches anything, and values compare with expression loose
 * equality (case-insensitive strings, {@code '3.10' == 3.1}). Keys are looked up
 * case-insensitively and a missing one reads as null.
 */
public final class MatrixFilter {

    private record Leaf(List<Object> path, Object literal) {
    }

    private final List<Leaf> leaves;

    private MatrixFilter(List<Leaf> leaves) {
        this.leaves = List.copyOf(leaves);
    }

    public static MatrixFilter of(Map<String, Object> entry) {
        List<Leaf> leaves = new ArrayList<>();
        collect(entry, new ArrayList<>(), leaves);
        return new MatrixFilter(leaves);
    }

    private static void collect(Object node, List<Object> path, List<Leaf> leaves) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                path.add(String.valueOf(e.getKey()));
                collect(e.getValue(), path, leaves);
                path.remove(path.size() - 1);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                path.add(i);
                collect(list.get(i), path, leaves);
                path.remove(path.size() - 1);
            }
        } else {
            leaves.add(new Leaf(List.copyOf(path), node));
        }
    }

    public boolean matches(Map<String, Object> combination) {
        for (Leaf leaf : leaves) {
            Object value = combination;
            for (Object step : leaf.path()) {
                value = step(value, step);
            }
            if (!ExpressionValues.looseEquals(value, leaf.literal())) {
                return false;
            }
        }
        return true;
    }

    private static Object step(Object value, Object step) {
        if (value instanceof Map<?, ?> map) {
            return ExpressionValues.property(map, String.valueOf(step));
        }
        if (value instanceof List<?> list && step instanceof Integer i) {
            return i < list.size() ? list.get(i) : null;
        }
        return null;
    }
}
