package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.expr.ExpressionSyntaxException;
import dev.wheelhouse.workflow.expr.ExpressionTemplate;
import dev.wheelhouse.workflow.expr.ExpressionValues;
import dev.wheelhouse.workflow.expr.JsonData;
import dev.wheelhouse.workflow.yaml.SourceText;
import dev.wheelhouse.workflow.yaml.Span;
import dev.wheelhouse.workflow.yaml.YamlEntry;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;
import dev.wheelhouse.workflow.yaml.YamlScalar;
import dev.wheelhouse.workflow.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Warnings about a matrix that GitHub accepts but that are likely mistakes (actionlint reports
 * the same): an exclude entry that matches nothing, a value listed twice, and {@code matrix.x}
 * used in a job although the matrix defines no {@code x}.
 */
public final class MatrixLint {

    /** Where a job may read {@code matrix} and a typo would go unnoticed until the run. */
    private static final List<String> MATRIX_READERS = List.of("name", "runs-on", "env", "steps");

    private MatrixLint() {
    }

    static List<Problem> unusedExcludes(ResolvedMatrix m, boolean[] used) {
        List<Problem> problems = new ArrayList<>();
        if (m.exclude().isEmpty()) {
            return problems;
        }
        List<ResolvedMatrix.Item> items = m.exclude().get().items();
        for (int i = 0; i < items.size() && i < used.length; i++) {
            if (!used[i]) {
                problems.add(Problem.warning(items.get(i).span(),
                        "This exclude entry matches no combination of the matrix; GitHub ignores it"));
            }
        }
        return problems;
    }

    static List<Problem> duplicateValues(MatrixSpec spec) {
        List<Problem> problems = new ArrayList<>();
        for (MatrixVector v : spec.vectors()) {
            if (v.dynamic()) {
                continue;
            }
            // A set, not a list: a vector of 100,000 values on one line took minutes to check.
            Set<Object> seen = new HashSet<>();
            for (MatrixValue value : v.values()) {
                if (!seen.add(value.value())) {
                    problems.add(Problem.warning(value.node().span(), "Value " + describe(value.value())
                            + " appears more than once in vector '" + v.name() + "'; GitHub runs a job for each copy"));
                }
            }
        }
        return problems;
    }

    /**
     * Every {@code matrix.key} read in the job's name, runs-on, env or steps whose key the matrix
     * does not define (vectors and include keys, case-insensitive). Skipped when the matrix's
     * keys are computed at run time.
     */
    public static List<Problem> undefinedMatrixKeys(WorkflowJob job, SourceText source) {
        Set<String> defined = new LinkedHashSet<>();
        if (job.matrix().isPresent()) {
            MatrixSpec spec = job.matrix().get();
            boolean keysUnknown = spec.expression().isPresent()
                    || spec.include().map(i -> i.expression().isPresent()).orElse(false)
                    || spec.vectors().stream().anyMatch(v -> ExpressionTemplate.hasExpression(v.name()));
            if (keysUnknown) {
                return List.of();
            }
            spec.vectors().forEach(v -> defined.add(v.name().toLowerCase(java.util.Locale.ROOT)));
            spec.include().ifPresent(list -> list.entries().forEach(e ->
                    e.values().keySet().forEach(k -> defined.add(k.toLowerCase(java.util.Locale.ROOT)))));
        }
        List<Problem> problems = new ArrayList<>();
        Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String where : MATRIX_READERS) {
            job.node().get(where).ifPresent(n -> scan(n, where, job, defined, source, seen, problems));
        }
        return problems;
    }

    private static void scan(YamlNode node, String where, WorkflowJob job, Set<String> defined, SourceText source,
                             Set<YamlNode> seen, List<Problem> problems) {
        YamlNode n = node.resolved();
        if (!seen.add(n)) {
            return;
        }
        if (n instanceof YamlScalar s) {
            if (s.isString() && ExpressionTemplate.hasExpression(s.value())) {
                check(s, where, job, defined, source, problems);
            }
        } else if (n instanceof YamlSequence q) {
            q.items().forEach(i -> scan(i, where, job, defined, source, seen, problems));
        } else if (n instanceof YamlMapping m) {
            for (YamlEntry e : m.entries()) {
                scan(e.key(), where, job, defined, source, seen, problems);
                scan(e.value(), where, job, defined, source, seen, problems);
            }
        }
    }

    private static void check(YamlScalar s, String where, WorkflowJob job, Set<String> defined, SourceText source,
                              List<Problem> problems) {
        ExpressionTemplate template;
        try {
            template = ExpressionTemplate.parse(s.value());
        } catch (ExpressionSyntaxException e) {
            return;
        }
        int occurrence = 0;
        for (ExpressionTemplate.Part part : template.parts()) {
            if (!(part instanceof ExpressionTemplate.Embedded embedded)) {
                continue;
            }
            for (String key : ExpressionTemplate.propertiesOf(embedded.expr(), "matrix")) {
                if (!defined.contains(key.toLowerCase(java.util.Locale.ROOT))) {
                    Span at = locate(s, occurrence, source);
                    String message = job.matrix().isPresent()
                            ? "matrix." + key + " is used in " + where + " but the matrix defines no '" + key + "'"
                            : "matrix." + key + " is used in " + where + " but job '" + job.id() + "' has no matrix";
                    problems.add(Problem.warning(at, message));
                }
            }
            occurrence++;
        }
    }

    /** The position of the n-th {@code ${{} in a scalar's source, or the scalar's start. */
    private static Span locate(YamlScalar s, int occurrence, SourceText source) {
        int from = s.span().start();
        int end = Math.min(source.length(), Math.max(s.span().end(), from));
        int at = from;
        for (int i = 0; i <= occurrence; i++) {
            int next = source.text().indexOf("${{", i == 0 ? from : at + 3);
            if (next < 0 || next >= end) {
                return s.span();
            }
            at = next;
        }
        return new Span(at, at, source.lineOf(at) + 1, source.column(at));
    }

    static String describe(Object value) {
        if (value instanceof String str) {
            return "'" + str + "'";
        }
        if (value instanceof Double d) {
            return ExpressionValues.formatNumber(d);
        }
        return JsonData.toJson(value).replaceAll("\\s+", " ");
    }
}
