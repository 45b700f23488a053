package dev.wheelhouse.ui.grid;

import dev.wheelhouse.workflow.MatrixExpansion;
import dev.wheelhouse.workflow.MatrixSpec;
import dev.wheelhouse.workflow.MatrixVector;
import dev.wheelhouse.workflow.grid.GridCell;
import dev.wheelhouse.workflow.grid.MatrixGridLayout;
import dev.wheelhouse.workflow.grid.ValueText;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which vectors the grid shows as rows and columns, the value each other vector is held at, and
 * the resulting layout. The user's choice survives edits as long as the vectors still exist.
 */
public final class GridState {

    private final ReadOnlyObjectWrapper<MatrixGridLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ObservableList<String> vectors = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rowVector = new ReadOnlyStringWrapper(this, "rowVector");
    private final ReadOnlyStringWrapper columnVector = new ReadOnlyStringWrapper(this, "columnVector");
    private final ObservableList<FixedVector> fixedVectors = FXCollections.observableArrayList();
    private final Map<String, Object> fixedChoice = new LinkedHashMap<>();
    private final ObservableList<String> vectorsView = FXCollections.unmodifiableObservableList(vectors);
    private final ObservableList<FixedVector> fixedView = FXCollections.unmodifiableObservableList(fixedVectors);
    private MatrixSpec spec;
    private MatrixExpansion expansion;

    public void show(MatrixSpec newSpec, MatrixExpansion newExpansion) {
        this.spec = newSpec;
        this.expansion = newExpansion;
        List<String> names = newSpec.vectorNames();
        vectors.setAll(names);
        if (!names.contains(rowVector.get())) {
            rowVector.set(names.isEmpty() ? null : names.get(0));
        }
        if (!names.contains(columnVector.get()) || columnVector.get().equals(rowVector.get())) {
            columnVector.set(names.stream().filter(n -> !n.equals(rowVector.get())).findFirst().orElse(null));
        }
        relayout();
    }

    public void clear() {
        spec = null;
        expansion = null;
        vectors.clear();
        fixedVectors.clear();
        layout.set(null);
    }

    /** Puts {@code row} on the rows and {@code column} on the columns; the same vector twice swaps them. */
    public void setAxes(String row, String column) {
        if (spec == null || row == null) {
            return;
        }
        String newColumn = column;
        if (row.equals(column)) {
            newColumn = rowVector.get().equals(row) ? columnVector.get() : rowVector.get();
        }
        rowVector.set(row);
        columnVector.set(newColumn);
        relayout();
    }

    public void setFixed(String vector, Object value) {
        fixedChoice.put(vector, value);
        relayout();
    }

    public GridCell cellAt(int row, int column) {
        MatrixGridLayout current = layout.get();
        if (current == null || row < 0 || row >= current.rows().size()
                || column < 0 || column >= current.columns().size()) {
            return null;
        }
        return current.cell(row, column);
    }

    private void relayout() {
        if (spec == null) {
            return;
        }
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixedVectors.clear();
        for (MatrixVector vector : spec.vectors()) {
            if (vector.name().equals(rowVector.get()) || vector.name().equals(columnVector.get())
                    || vector.values().isEmpty()) {
                continue;
            }
            List<Object> values = vector.data();
            Object chosen = fixedChoice.containsKey(vector.name()) && values.contains(fixedChoice.get(vector.name()))
                    ? fixedChoice.get(vector.name()) : values.get(0);
            fixed.put(vector.name(), chosen);
            fixedVectors.add(new FixedVector(vector.name(), values, values.stream().map(ValueText::of).toList(), chosen));
        }
        layout.set(MatrixGridLayout.of(spec, expansion, rowVector.get(), columnVector.get(), fixed));
    }

    public ReadOnlyObjectProperty<MatrixGridLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ObservableList<String> vectors() {
        return vectorsView;
    }

    public ReadOnlyStringProperty rowVectorProperty() {
        return rowVector.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty columnVectorProperty() {
        return columnVector.getReadOnlyProperty();
    }

    public ObservableList<FixedVector> fixedVectors() {
        return fixedView;
    }
}
