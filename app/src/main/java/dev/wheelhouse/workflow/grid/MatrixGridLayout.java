package dev.wheelhouse.workflow.grid;

import dev.wheelhouse.workflow.ExcludedCombination;
import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.MatrixExpansion;
import dev.wheelhouse.workflow.MatrixSpec;
import dev.wheelhouse.workflow.MatrixVector;
import dev.wheelhouse.workflow.expr.ExpressionValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Lays an expanded matrix out on two vectors, rows × columns, with every further vector held at
 * one chosen value. Shared by the editor (cells toggle exclusion) and the run view (cells show
 * the job that runs there), so both read the same grid.
 * @param rowVector    the vector on the rows (empty when the matrix has no vectors)
 * @param columnVector the vector on the columns (empty when there is at most one vector)
 * @param fixed        the value each other vector is held at
 */
public record MatrixGridLayout(Optional<String> rowVector, Optional<String> columnVector,
                               Map<String, Object> fixed, List<GridAxisValue> rows,
                               List<GridAxisValue> columns, List<List<GridCell>> cells, boolean dynamic) {

    public MatrixGridLayout {
        fixed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
    }

    public GridCell cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /** The cell that holds a job, if the job shows on this layout (it may sit under another fixed value). */
    public Optional<GridCell> cellOfJob(int jobIndex) {
        for (List<GridCell> row : cells) {
            for (GridCell cell : row) {
                if (cell.jobIndexes().contains(jobIndex)) {
                    return Optional.of(cell);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Lays out {@code expansion} of {@code spec} with the given row and column vectors (null picks
     * the first two vectors) and fixed values for the others (a missing one takes its first value).
     */
    public static MatrixGridLayout of(MatrixSpec spec, MatrixExpansion expansion, String rowVector,
                                      String columnVector, Map<String, Object> fixedValues) {
        List<MatrixVector> vectors = spec.vectors();
        String rowName = rowVector != null ? rowVector : vectors.isEmpty() ? null : vectors.get(0).name();
        String columnName = columnVector != null ? columnVector
                : vectors.stream().map(MatrixVector::name).filter(n -> !n.equals(rowName)).findFirst().orElse(null);
        Map<String, Object> fixed = new LinkedHashMap<>();
        for (MatrixVector vector : vectors) {
            if (vector.name().equals(rowName) || vector.name().equals(columnName) || vector.values().isEmpty()) {
                continue;
            }
            Object chosen = fixedValues.containsKey(vector.name()) ? fixedValues.get(vector.name())
                    : vector.data().get(0);
            fixed.put(vector.name(), chosen);
        }
        boolean dynamic = spec.dynamic() || expansion.dynamic();

        if (rowName == null) {
            return includeOnly(expansion, dynamic);
        }
        List<GridAxisValue> rows = axis(spec, expansion, rowName, fixed);
        List<GridAxisValue> columns = columnName == null ? List.of(GridAxisValue.of("", false))
                : axis(spec, expansion, columnName, fixed);

        List<List<GridCell>> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<GridCell> line = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                line.add(cell(r, c, rowName, rows.get(r), columnName, columns.get(c), fixed, expansion, dynamic));
            }
            cells.add(line);
        }
        return new MatrixGridLayout(Optional.of(rowName), Optional.ofNullable(columnName), fixed, rows, columns,
                cells, dynamic);
    }

    /** No vectors: each job (all from include) is a row of its own. */
    private static MatrixGridLayout includeOnly(MatrixExpansion expansion, boolean dynamic) {
        List<GridAxisValue> rows = new ArrayList<>();
        List<List<GridCell>> cells = new ArrayList<>();
        List<MatrixCombination> jobs = expansion.jobs();
        for (int i = 0; i < jobs.size(); i++) {
            MatrixCombination job = jobs.get(i);
            rows.add(GridAxisValue.of(ValueText.of(job.vectorValues()), job.origin() == MatrixCombination.Origin.INCLUDE));
            GridCellState state = dynamic ? GridCellState.DYNAMIC
                    : job.origin() == MatrixCombination.Origin.INCLUDE ? GridCellState.INCLUDED : GridCellState.NORMAL;
            cells.add(List.of(new GridCell(i, 0, job.vectorValues(), state, List.of(i), List.of(),
                    job.mergedIncludes())));
        }
        return new MatrixGridLayout(Optional.empty(), Optional.empty(), Map.of(), rows,
                List.of(GridAxisValue.of("", false)), cells, dynamic);
    }

    private static List<GridAxisValue> axis(MatrixSpec spec, MatrixExpansion expansion, String name,
                                            Map<String, Object> fixed) {
        List<GridAxisValue> values = new ArrayList<>();
        spec.vector(name).ifPresent(vector -> {
            for (Object value : vector.data()) {
                if (values.stream().noneMatch(v -> Objects.equals(v.value(), value))) {
                    values.add(GridAxisValue.of(value, false));
                }
            }
        });
        boolean unsetNeeded = false;
        for (MatrixCombination job : expansion.jobs()) {
            if (job.origin() != MatrixCombination.Origin.INCLUDE || !matchesFixed(job.vectorValues(), fixed)) {
                continue;
            }
            if (!containsKey(job.vectorValues(), name)) {
                unsetNeeded = true;
                continue;
            }
            Object value = ExpressionValues.property(job.vectorValues(), name);
            if (values.stream().noneMatch(v -> !v.unset() && Objects.equals(v.value(), value))) {
                values.add(GridAxisValue.of(value, true));
            }
        }
        if (unsetNeeded) {
            values.add(GridAxisValue.UNSET);
        }
        return values;
    }

    private static GridCell cell(int r, int c, String rowName, GridAxisValue row, String columnName,
                                 GridAxisValue column, Map<String, Object> fixed, MatrixExpansion expansion,
                                 boolean dynamic) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (!row.unset()) {
            values.put(rowName, row.value());
        }
        if (columnName != null && !column.unset()) {
            values.put(columnName, column.value());
        }
        values.putAll(fixed);

        List<Integer> jobs = new ArrayList<>();
        List<Integer> merged = new ArrayList<>();
        boolean crossProduct = false;
        boolean include = false;
        for (int i = 0; i < expansion.jobs().size(); i++) {
            MatrixCombination job = expansion.jobs().get(i);
            if (job.origin() == MatrixCombination.Origin.NO_MATRIX) {
                continue;
            }
            if (!sitsAt(job.vectorValues(), rowName, row, columnName, column, fixed,
                    job.origin() == MatrixCombination.Origin.INCLUDE)) {
                continue;
            }
            jobs.add(i);
            merged.addAll(job.mergedIncludes());
            if (job.origin() == MatrixCombination.Origin.CROSS_PRODUCT) {
                crossProduct = true;
            } else {
                include = true;
            }
        }
        List<Integer> excludes = new ArrayList<>();
        for (ExcludedCombination excluded : expansion.excluded()) {
            if (sitsAt(excluded.values(), rowName, row, columnName, column, fixed, false)) {
                excludes.addAll(excluded.excludeIndexes());
            }
        }
        GridCellState state;
        if (dynamic) {
            state = GridCellState.DYNAMIC;
        } else if (crossProduct) {
            state = GridCellState.NORMAL;
        } else if (include) {
            state = GridCellState.INCLUDED;
        } else if (!excludes.isEmpty()) {
            state = GridCellState.EXCLUDED;
        } else {
            state = GridCellState.EMPTY;
        }
        return new GridCell(r, c, values, state, jobs, excludes.stream().distinct().toList(),
                merged.stream().distinct().toList());
    }

    /**
     * A combination sits at a cell when its row and column values are the cell's and its fixed
     * vectors hold the chosen values. An include job that leaves a fixed vector unset shows under
     * every choice of it, since it runs whatever that vector holds.
     */
    private static boolean sitsAt(Map<String, Object> values, String rowName, GridAxisValue row, String columnName,
                                  GridAxisValue column, Map<String, Object> fixed, boolean lenientFixed) {
        if (!onAxis(values, rowName, row)) {
            return false;
        }
        if (columnName != null && !onAxis(values, columnName, column)) {
            return false;
        }
        for (Map.Entry<String, Object> entry : fixed.entrySet()) {
            if (!containsKey(values, entry.getKey())) {
                if (lenientFixed) {
                    continue;
                }
                return false;
            }
            if (!Objects.equals(ExpressionValues.property(values, entry.getKey()), entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesFixed(Map<String, Object> values, Map<String, Object> fixed) {
        return fixed.entrySet().stream().allMatch(e -> !containsKey(values, e.getKey())
                || Objects.equals(ExpressionValues.property(values, e.getKey()), e.getValue()));
    }

    private static boolean onAxis(Map<String, Object> values, String name, GridAxisValue axisValue) {
        if (axisValue.unset()) {
            return !containsKey(values, name);
        }
        return containsKey(values, name)
                && Objects.equals(ExpressionValues.property(values, name), axisValue.value());
    }

    private static boolean containsKey(Map<String, Object> values, String name) {
        return values.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name));
    }
}
