package dev.wheelhouse.workflow;

import java.util.List;
import java.util.Map;

/**
 * A cross-product combination that an exclude entry removed, with the indexes of every exclude
 * entry that matches it (an include may still add the same values back as its own job).
 */
public record ExcludedCombination(Map<String, Object> values, List<Integer> excludeIndexes) {

    public ExcludedCombination {
        values = MatrixCombination.unmodifiable(values);
        excludeIndexes = List.copyOf(excludeIndexes);
    }
}
