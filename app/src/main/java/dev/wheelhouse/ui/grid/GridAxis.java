package dev.wheelhouse.ui.grid;

import dev.wheelhouse.workflow.grid.GridAxisValue;
import dev.wheelhouse.workflow.grid.MatrixGridLayout;

import java.util.List;

/** One axis of a matrix grid: the vector's name and its values as the user reads them. */
public record GridAxis(String name, List<String> labels, boolean editable) {

    public GridAxis {
        labels = List.copyOf(labels);
    }

    public int size() {
        return labels.size();
    }

    /** The rows of a layout; values only an include adds are marked "+". */
    public static GridAxis rowsOf(MatrixGridLayout layout, boolean editable) {
        return new GridAxis(layout.rowVector().orElse(""), labels(layout.rows()),
                editable && layout.rowVector().isPresent());
    }

    /** The columns of a layout; values only an include adds are marked "+". */
    public static GridAxis columnsOf(MatrixGridLayout layout, boolean editable) {
        return new GridAxis(layout.columnVector().orElse(""), labels(layout.columns()),
                editable && layout.columnVector().isPresent());
    }

    private static List<String> labels(List<GridAxisValue> values) {
        return values.stream().map(v -> v.fromInclude() && !v.unset() ? "+ " + v.label() : v.label()).toList();
    }

    /** A grid with one vector still needs a second axis: a single unnamed column. */
    public static GridAxis single() {
        return new GridAxis("", List.of(""), false);
    }
}
