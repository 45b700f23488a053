package dev.wheelhouse.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The jobs a matrix creates, in GitHub's order, with the problems found on the way.
 *
 * <p>Three special outcomes: with errors GitHub refuses the workflow and {@link #jobs()} is empty;
 * a {@link #dynamic()} matrix depends on values only the run knows (such as {@code needs}
 * outputs) and has no count; a matrix that {@link #dependsOnEvent()} was evaluated for a push to
 * a branch (or the context given) and may create a different number of jobs for other events.
 *
 * @param excluded      cross-product combinations removed by exclude, in cross-product order
 * @param dynamicReason why the count is unknown, when {@code dynamic}
 */
public record MatrixExpansion(List<MatrixCombination> jobs, List<ExcludedCombination> excluded,
                              List<Problem> problems, boolean dependsOnEvent, boolean dynamic,
                              Optional<String> dynamicReason) {

    public MatrixExpansion {
        jobs = List.copyOf(jobs);
        excluded = List.copyOf(excluded);
        problems = List.copyOf(problems);
    }

    /** A job without a matrix: one job whose matrix is null. */
    public static MatrixExpansion withoutMatrix() {
        return new MatrixExpansion(List.of(noMatrixJob()), List.of(), List.of(), false, false, Optional.empty());
    }

    static MatrixCombination noMatrixJob() {
        return new MatrixCombination(Map.of(), Map.of(), MatrixCombination.Origin.NO_MATRIX, -1, List.of());
    }

    /** The {@code matrix} context of each job, in order (empty for a job without matrix). */
    public List<Map<String, Object>> combinations() {
        return jobs.stream().map(MatrixCombination::values).toList();
    }

    /** How many jobs GitHub creates; empty when the matrix is dynamic. */
    public OptionalInt count() {
        return dynamic ? OptionalInt.empty() : OptionalInt.of(jobs.size());
    }

    /**
     * The cross-product job with exactly these vector values (a grid cell), if it runs. Values
     * compare as data: the number 3.1 is not the string '3.10'.
     */
    public Optional<MatrixCombination> jobFor(Map<String, Object> vectorValues) {
        return jobs.stream().filter(j -> j.origin() == MatrixCombination.Origin.CROSS_PRODUCT
                && j.vectorValues().equals(vectorValues)).findFirst();
    }

    /** The excluded combination with exactly these vector values (a struck-out grid cell), if any. */
    public Optional<ExcludedCombination> excludedFor(Map<String, Object> vectorValues) {
        return excluded.stream().filter(x -> x.values().equals(vectorValues)).findFirst();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
