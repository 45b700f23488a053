package dev.wheelhouse.ui.matrix;

import java.util.List;

/** A vector as the side panel lists it: its values in file order, or the expression computing them. */
public record VectorRow(String name, List<String> values, boolean dynamic, String expression) {

    public VectorRow {
        values = List.copyOf(values);
    }
}
