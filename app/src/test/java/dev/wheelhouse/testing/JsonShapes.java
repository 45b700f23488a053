package dev.wheelhouse.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares the shapes of two JSON trees: the same member names and the same JSON types,
 * recursively. Values are ignored. A {@code null} on either side matches any type (GitHub
 * sends {@code null} for a missing conclusion, runner or description), and an array is
 * compared element by element against the first element of the other side.
 */
public final class JsonShapes {

    private JsonShapes() {
    }

    /**
     * Every difference between the shape of {@code expected} and of {@code actual}, one line
     * each, e.g. {@code missing $.jobs[].runner_name} or
     * {@code type $.id: expected integer, got string}. Empty when the shapes agree.
     */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("$", expected, actual, out);
        return List.copyOf(out);
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isNull() || actual.isNull()) {
            return;
        }
        String expectedType = typeOf(expected);
        String actualType = typeOf(actual);
        if (!expectedType.equals(actualType)) {
            out.add("type " + path + ": expected " + expectedType + ", got " + actualType);
            return;
        }
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = actual.get(field.getKey());
                if (other == null) {
                    out.add("missing " + path + "." + field.getKey());
                } else {
                    compare(path + "." + field.getKey(), field.getValue(), other, out);
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!expected.has(name)) {
                    out.add("extra " + path + "." + name);
                }
            }
        } else if (expected.isArray() && !expected.isEmpty()) {
            List<String> seen = new ArrayList<>();
            for (JsonNode element : actual) {
                List<String> elementDiffs = new ArrayList<>();
                compare(path + "[]", expected.get(0), element, elementDiffs);
                elementDiffs.stream().filter(d -> !seen.contains(d)).forEach(seen::add);
            }
            out.addAll(seen);
        }
    }

    private static String typeOf(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "number";
        }
        return node.getNodeType().name().toLowerCase();
    }
}
