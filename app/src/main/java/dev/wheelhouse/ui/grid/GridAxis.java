package dev.wheelhouse.ui.grid;

import java.util.List;

/** One axis of a matrix grid: the vector's name and its values as the user reads them. */
public record GridAxis(String name, List<String> labels, boolean editable) {

    public GridAxis {
        labels = List.copyOf(labels);
    }

    public int size() {
        return labels.size();
    }

    /** A grid with one vector still needs a second axis: a single unnamed column. */
    public static GridAxis single() {
        return new GridAxis("", List.of(""), false);
    }
}
