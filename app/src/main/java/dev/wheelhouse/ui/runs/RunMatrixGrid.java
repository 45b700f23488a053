package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.model.MatrixCells;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.ui.grid.GridState;
import dev.wheelhouse.workflow.JobMatrixReport;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a run's matrix jobs the grid shows (most workflows have one), and the grid laid out
 * for it; the layout is redone only when that matrix itself changes, not on every poll.
 */
final class RunMatrixGrid {

    private final ObservableList<String> matrixJobs = FXCollections.observableArrayList();
    private final ObservableList<String> matrixJobsView = FXCollections.unmodifiableObservableList(matrixJobs);
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selectedMatrix");
    private final GridState grid = new GridState();
    private JobMatrixReport shown;

    /** A new snapshot: its matrix jobs, the selection kept while the job is still there. */
    void show(RunSnapshot s) {
        List<String> ids = s.layout().matrices().stream().map(MatrixCells::workflowJobId).toList();
        if (!ids.equals(matrixJobs)) {
            matrixJobs.setAll(ids);
        }
        if (selected.get() == null || !ids.contains(selected.get())) {
            selected.set(ids.isEmpty() ? null : ids.get(0));
        }
        layOut(s);
    }

    /** Puts another matrix job on the grid; {@code s} is the snapshot shown, if any. */
    void select(String workflowJobId, RunSnapshot s) {
        if (workflowJobId == null || workflowJobId.equals(selected.get())) {
            return;
        }
        selected.set(workflowJobId);
        if (s != null) {
            layOut(s);
        }
    }

    /** The cells of the matrix job on the grid, in {@code s}. */
    Optional<MatrixCells> cells(RunSnapshot s) {
        return s.layout().matrices().stream().filter(m -> m.workflowJobId().equals(selected.get())).findFirst();
    }

    private void layOut(RunSnapshot s) {
        Optional<MatrixCells> cells = cells(s);
        if (cells.isEmpty() || cells.get().spec().isEmpty()) {
            if (shown != null) {
                shown = null;
                grid.clear();
            }
            return;
        }
        if (!Objects.equals(shown, cells.get().report())) {
            shown = cells.get().report();
            grid.show(cells.get().spec().get(), cells.get().expansion());
        }
    }

    ObservableList<String> matrixJobs() {
        return matrixJobsView;
    }

    ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    GridState grid() {
        return grid;
    }
}
