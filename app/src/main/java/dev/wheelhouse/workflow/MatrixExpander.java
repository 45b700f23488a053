package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.expr.ExpressionContext;
import dev.wheelhouse.workflow.expr.ExpressionEvaluator;
import dev.wheelhouse.workflow.yaml.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expands a matrix into jobs exactly as GitHub does (MatrixBuilder.Build and
 * ConvertToStrategy in actions/runner; the rules are written out in
 * shared/reference/matrix-semantics.md):
 * <ol>
 * <li>the cross product of the vectors in key order, the first vector varying slowest;</li>
 * <li>exclude first, per combination, leaf-wise with loose equality ({@link MatrixFilter});</li>
 * <li>include next: an entry's vector keys filter the surviving combinations and its other keys
 *     are merged into every match, later entries winning; an entry that matches nothing is
 *     appended as a job of its own values, and such jobs are never merge targets;</li>
 * <li>an empty result is one job with a null matrix; duplicates are kept; more than 256 jobs
 *     is an error.</li>
 * </ol>
 * Errors use GitHub's wording.
 */
public final class MatrixExpander {

    /** "A matrix will generate a maximum of 256 jobs per workflow run" (GitHub docs). */
    public static final int MAX_JOBS = 256;
    /**
     * Beyond this many cross-product combinations we stop enumerating and report the limit. Every
     * combination is kept (as a job or as excluded), so this bounds memory too: 2^16 combinations
     * are a few tens of MB, a million were enough to exhaust a 512 MB heap, and no excludes a
     * person writes bring 65,536 combinations down to 256 jobs.
     */
    private static final long ENUMERATION_LIMIT = 1 << 16;

    private MatrixExpander() {
    }

    /**
     * Expands a job's matrix, evaluating its expressions against {@code context} (normally
     * {@link ExpressionContext#pushToBranch()}).
     */
    public static MatrixExpansion expand(MatrixSpec spec, ExpressionContext context) {
        ExpressionEvaluator evaluator = new ExpressionEvaluator(context);
        ResolvedMatrix resolved;
        try {
            resolved = ResolvedMatrix.resolve(spec, new NodeEvaluator(evaluator));
        } catch (NodeEvaluator.Invalid e) {
            return failed(List.of(e.problem()), evaluator.readAssumedContext());
        } catch (ResolvedMatrix.Dynamic e) {
            return new MatrixExpansion(List.of(), List.of(), List.of(), evaluator.readAssumedContext(), true,
                    Optional.of(e.getMessage()));
        }
        MatrixExpansion expansion = build(resolved, evaluator.readAssumedContext());
        List<Problem> problems = new ArrayList<>(expansion.problems());
        problems.addAll(MatrixLint.duplicateValues(spec));
        return new MatrixExpansion(expansion.jobs(), expansion.excluded(), problems, expansion.dependsOnEvent(),
                false, Optional.empty());
    }

    /** Expands a matrix given as data, as {@code strategy.matrix} reads after evaluation. */
    public static MatrixExpansion expand(Map<String, Object> matrix) {
        return build(ResolvedMatrix.fromData(matrix, new Span(0, 0, 1, 1)), false);
    }

    private static MatrixExpansion failed(List<Problem> problems, boolean dependsOnEvent) {
        return new MatrixExpansion(List.of(), List.of(), problems, dependsOnEvent, false, Optional.empty());
    }

    private static MatrixExpansion build(ResolvedMatrix m, boolean dependsOnEvent) {
        List<Problem> problems = new ArrayList<>();
        Map<String, List<?>> vectors = new LinkedHashMap<>();
        for (ResolvedMatrix.Vector v : m.vectors()) {
            if (!(v.value() instanceof List<?> list)) {
                problems.add(Problem.error(v.valueSpan(), "Matrix vector '" + v.name()
                        + "' must be a sequence of values"));
            } else if (list.isEmpty()) {
                problems.add(Problem.error(v.valueSpan(), "Matrix vector '" + v.name()
                        + "' does not contain any values"));
            } else {
                vectors.put(v.name(), list);
            }
        }
        List<Map<String, Object>> includes = entries(m.include(), "include", problems);
        List<Map<String, Object>> excludes = entries(m.exclude(), "exclude", problems);
        validateExcludeKeys(m, problems);
        boolean hasIncludeEntries = m.include().map(e -> !e.items().isEmpty()).orElse(false);
        if (m.vectors().isEmpty() && !hasIncludeEntries) {
            problems.add(Problem.error(m.span(), "Matrix must define at least one vector"));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return failed(problems, dependsOnEvent);
        }
        return cross(m, vectors, includes, excludes, problems, dependsOnEvent);
    }

    private static MatrixExpansion cross(ResolvedMatrix m, Map<String, List<?>> vectors,
                                         List<Map<String, Object>> includes, List<Map<String, Object>> excludes,
                                         List<Problem> problems, boolean dependsOnEvent) {
        long productSize = vectors.isEmpty() ? 0 : 1;
        for (List<?> values : vectors.values()) {
            productSize *= values.size();
            if (productSize > ENUMERATION_LIMIT) {
                problems.add(Problem.error(m.span(), tooMany(productSize + "+")));
                return failed(problems, dependsOnEvent);
            }
        }
        List<MatrixFilter> excludeFilters = excludes.stream().map(MatrixFilter::of).toList();
        List<Include> includeFilters = includes.stream().map(e -> Include.of(e, vectors.keySet())).toList();
        boolean[] excludeUsed = new boolean[excludeFilters.size()];
        boolean[] includeMatched = new boolean[includeFilters.size()];
        List<MatrixCombination> jobs = new ArrayList<>();
        List<ExcludedCombination> excluded = new ArrayList<>();
        for (long index = 0; index < productSize; index++) {
            Map<String, Object> combination = new LinkedHashMap<>();
            long blockSize = productSize;
            for (Map.Entry<String, List<?>> v : vectors.entrySet()) {
                int size = v.getValue().size();
                blockSize /= size;
                combination.put(v.getKey(), v.getValue().get((int) ((index / blockSize) % size)));
            }
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < excludeFilters.size(); i++) {
                if (excludeFilters.get(i).matches(combination)) {
                    hits.add(i);
                    excludeUsed[i] = true;
                }
            }
            if (!hits.isEmpty()) {
                excluded.add(new ExcludedCombination(combination, hits));
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>(combination);
            List<Integer> merged = new ArrayList<>();
            for (int i = 0; i < includeFilters.size(); i++) {
                Include include = includeFilters.get(i);
                if (include.filter().matches(combination)) {
                    includeMatched[i] = true;
                    merged.add(i);
                    include.extra().forEach((k, val) -> putIgnoringCase(values, k, val));
                }
            }
            jobs.add(new MatrixCombination(values, combination, MatrixCombination.Origin.CROSS_PRODUCT, -1, merged));
        }
        for (int i = 0; i < includeFilters.size(); i++) {
            if (!includeMatched[i]) {
                Map<String, Object> own = includeFilters.get(i).ownValues();
                jobs.add(new MatrixCombination(own, own, MatrixCombination.Origin.INCLUDE, i, List.of()));
            }
        }
        problems.addAll(MatrixLint.unusedExcludes(m, excludeUsed));
        if (jobs.size() > MAX_JOBS) {
            problems.add(Problem.error(m.span(), tooMany(Integer.toString(jobs.size()))));
        }
        if (jobs.isEmpty()) {
            jobs.add(MatrixExpansion.noMatrixJob());
        }
        return new MatrixExpansion(jobs, excluded, problems, dependsOnEvent, false, Optional.empty());
    }

    private static String tooMany(String count) {
        return "Strategy produced more than " + MAX_JOBS + " jobs: this matrix expands to " + count
                + "; GitHub allows at most " + MAX_JOBS + " per matrix";
    }

    /** GitHub's dictionaries are case-insensitive: a later include value replaces the value, not the key. */
    private static void putIgnoringCase(Map<String, Object> values, String key, Object value) {
        for (String existing : values.keySet()) {
            if (existing.equalsIgnoreCase(key)) {
                values.put(existing, value);
                return;
            }
        }
        values.put(key, value);
    }

    /** An include entry split into its filter (vector keys) and its extra values. */
    private record Include(MatrixFilter filter, Map<String, Object> filterValues, Map<String, Object> extra) {

        static Include of(Map<String, Object> entry, java.util.Set<String> vectorNames) {
            Map<String, Object> filter = new LinkedHashMap<>();
            Map<String, Object> extra = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : entry.entrySet()) {
                boolean isVector = vectorNames.stream().anyMatch(n -> n.equalsIgnoreCase(e.getKey()));
                (isVector ? filter : extra).put(e.getKey(), e.getValue());
            }
            return new Include(MatrixFilter.of(filter), filter, extra);
        }

        /** A new job gets the entry's vector keys first, then its extras (GetUnmatchedVectors). */
        Map<String, Object> ownValues() {
            Map<String, Object> own = new LinkedHashMap<>(filterValues);
            extra.forEach((k, v) -> putIgnoringCase(own, k, v));
            return own;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Optional<ResolvedMatrix.Entries> list, String which,
                                                     List<Problem> problems) {
        List<Map<String, Object>> result = new ArrayList<>();
        if (list.isEmpty()) {
            return result;
        }
        ResolvedMatrix.Entries entries = list.get();
        if (entries.invalidValue() != null) {
            if (entries.invalidValue() != ResolvedMatrix.Missing.VALUE) {
                problems.add(Problem.error(entries.span(), "Matrix " + which + " must be a sequence of mappings"));
            }
            return result;
        }
        for (ResolvedMatrix.Item item : entries.items()) {
            if (!(item.value() instanceof Map<?, ?> map)) {
                problems.add(Problem.error(item.span(), "Matrix " + which + " entry must be a mapping"));
            } else if (map.isEmpty()) {
                problems.add(Problem.error(item.span(), which.equals("include")
                        ? "Matrix include mapping does not contain any values"
                        : "Matrix exclude filter must not be empty"));
            } else {
                result.add((Map<String, Object>) map);
            }
        }
        return result;
    }

    private static void validateExcludeKeys(ResolvedMatrix m, List<Problem> problems) {
        if (m.exclude().isEmpty()) {
            return;
        }
        for (ResolvedMatrix.Item item : m.exclude().get().items()) {
            if (!(item.value() instanceof Map<?, ?> map)) {
                continue;
            }
            for (Object key : map.keySet()) {
                boolean known = m.vectors().stream().anyMatch(v -> v.name().equalsIgnoreCase(String.valueOf(key)));
                if (!known) {
                    Span at = item.keySpans().getOrDefault(String.valueOf(key), item.span());
                    problems.add(Problem.error(at, "Matrix exclude key '" + key
                            + "' does not match any key within the matrix"));
                }
            }
        }
    }
}
