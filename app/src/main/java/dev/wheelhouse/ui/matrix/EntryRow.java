package dev.wheelhouse.ui.matrix;

import java.util.Map;

/**
 * An include or exclude entry as the side panel lists it: its keys and values in file order,
 * the extra (non-vector) keys it adds, and whether it matched anything.
 */
public record EntryRow(Kind kind, int index, Map<String, String> values, java.util.List<String> extraKeys,
                       int matches, boolean dynamic, String text) {

    public enum Kind { INCLUDE, EXCLUDE }

    public EntryRow {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        extraKeys = java.util.List.copyOf(extraKeys);
    }

    /** `os: windows-latest, python: cp314` — what the user wrote, compactly. */
    public String summary() {
        if (dynamic) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        values.forEach((key, value) -> {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(key).append(": ").append(value);
        });
        return out.toString();
    }
}
