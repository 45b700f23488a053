package dev.wheelhouse.ui.grid;

import java.util.List;

/** A vector that is neither rows nor columns: the grid shows one of its values at a time. */
public record FixedVector(String name, List<Object> values, List<String> labels, Object selected) {

    public FixedVector {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        labels = List.copyOf(labels);
    }
}
