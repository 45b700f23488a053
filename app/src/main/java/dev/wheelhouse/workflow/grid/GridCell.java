package dev.wheelhouse.workflow.grid;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cell of the grid.
 * @param values          the vector values the cell stands for (row, column and fixed vectors)
 * @param state           what the cell is
 * @param jobIndexes      the expanded jobs in this cell (0-based, GitHub order); duplicates and
 *                        include jobs can put more than one here
 * @param excludeIndexes  the exclude entries that remove this combination
 * @param mergedIncludes  the include entries whose extra keys were merged into its job
 */
public record GridCell(int row, int column, Map<String, Object> values, GridCellState state,
                       List<Integer> jobIndexes, List<Integer> excludeIndexes, List<Integer> mergedIncludes) {

    public GridCell {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        jobIndexes = List.copyOf(jobIndexes);
        excludeIndexes = List.copyOf(excludeIndexes);
        mergedIncludes = List.copyOf(mergedIncludes);
    }

    /** The cell runs at least one job. */
    public boolean runs() {
        return !jobIndexes.isEmpty();
    }
}
