package dev.wheelhouse.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One job of an expanded matrix.
 *
 * @param values         the {@code matrix} context of the job: vector values in vector order,
 *                       then include extras in order of first appearance (empty for
 *                       {@link Origin#NO_MATRIX}, where GitHub's matrix is null)
 * @param vectorValues   the values before include extras were merged: the cross-product values,
 *                       or all of an appended include entry's values (what the default display
 *                       name lists)
 * @param origin         where the job comes from
 * @param includeIndex   for {@link Origin#INCLUDE}, the include entry that became this job; else -1
 * @param mergedIncludes the include entries whose extras were merged into a cross-product job
 */
public record MatrixCombination(Map<String, Object> values, Map<String, Object> vectorValues, Origin origin,
                                int includeIndex, List<Integer> mergedIncludes) {

    /** Where a job comes from. */
    public enum Origin {
        /** A combination of vector values that survived exclude. */
        CROSS_PRODUCT,
        /** An include entry that matched no combination, appended as its own job. */
        INCLUDE,
        /** No matrix, or one that excluded everything: one job whose matrix is null. */
        NO_MATRIX
    }

    public MatrixCombination {
        values = unmodifiable(values);
        vectorValues = unmodifiable(vectorValues);
        mergedIncludes = List.copyOf(mergedIncludes);
    }

    static Map<String, Object> unmodifiable(Map<String, Object> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The job's value for a key (case-insensitive, as in {@code matrix.key}); null when absent. */
    public Object get(String key) {
        return dev.wheelhouse.workflow.expr.ExpressionValues.property(values, key);
    }
}
