package dev.wheelhouse.workflow.grid;

import dev.wheelhouse.workflow.expr.ExpressionValues;

import java.util.List;
import java.util.Map;

/** A matrix value as a short label: numbers as GitHub prints them, structures inline. */
public final class ValueText {

    private ValueText() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((key, item) -> {
                if (out.length() > 1) {
                    out.append(", ");
                }
                out.append(key).append(": ").append(of(item));
            });
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : list) {
                if (out.length() > 1) {
                    out.append(", ");
                }
                out.append(of(item));
            }
            return out.append(']').toString();
        }
        return ExpressionValues.toStringValue(value);
    }
}
