package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.expr.ExpressionContext;
import dev.wheelhouse.workflow.expr.ExpressionEvaluator;
import dev.wheelhouse.workflow.expr.ExpressionFailure;
import dev.wheelhouse.workflow.expr.ExpressionSyntaxException;
import dev.wheelhouse.workflow.expr.ExpressionTemplate;
import dev.wheelhouse.workflow.expr.ExpressionValues;
import dev.wheelhouse.workflow.expr.Unknown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The display names GitHub gives a job's runs, one per matrix combination, so that run jobs can
 * be matched back to grid cells by name.
 *
 * <p>A {@code name:} with {@code ${{ }}} is evaluated per job with {@code matrix} and
 * {@code strategy} (job-index, job-total, fail-fast, max-parallel) and gets no suffix; if it
 * evaluates to an empty string GitHub falls back to the default name. Otherwise the name is the
 * literal {@code name:} (or the job id) plus {@code " (v1, v2, …)"}: the primitive leaves of the
 * values before include extras, depth-first, null and empty strings skipped, numbers in .NET
 * {@code G15} form, booleans lower case; the result is cut to 97 characters plus {@code ...}
 * when longer than 100 (JobNameBuilder in actions/runner).
 */
public final class JobNameRenderer {

    private static final int MAX_NAME_LENGTH = 100;

    private JobNameRenderer() {
    }

    /** Names for a push to a branch (the context matrix expansion assumes by default). */
    public static List<String> names(WorkflowJob job, MatrixExpansion expansion) {
        return names(job, expansion, ExpressionContext.pushToBranch());
    }

    public static List<String> names(WorkflowJob job, MatrixExpansion expansion, ExpressionContext context) {
        List<String> names = new ArrayList<>();
        if (expansion.dynamic()) {
            return names;
        }
        int total = expansion.jobs().size();
        for (int i = 0; i < total; i++) {
            names.add(name(job, expansion.jobs().get(i), i, total, context));
        }
        return List.copyOf(names);
    }

    /**
     * Names of the jobs a reusable-workflow call shows: {@code "<caller name> / <called job name>"}
     * for every caller combination and called job, as GitHub nests them.
     */
    public static List<String> names(WorkflowJob caller, MatrixExpansion expansion, List<String> calledJobNames) {
        List<String> callerNames = names(caller, expansion);
        if (calledJobNames.isEmpty()) {
            return callerNames;
        }
        List<String> names = new ArrayList<>();
        for (String callerName : callerNames) {
            for (String called : calledJobNames) {
                names.add(callerName + " / " + called);
            }
        }
        return List.copyOf(names);
    }

    private static String name(WorkflowJob job, MatrixCombination combination, int index, int total,
                               ExpressionContext context) {
        String fallback = defaultName(job.defaultNameBase(), combination);
        if (!job.nameIsExpression()) {
            return fallback;
        }
        ExpressionContext withJob = context
                .with("matrix", combination.origin() == MatrixCombination.Origin.NO_MATRIX ? null : combination.values())
                .with("strategy", strategy(job, index, total));
        try {
            Object value = ExpressionTemplate.parse(job.name()).evaluate(new ExpressionEvaluator(withJob));
            String text = value == Unknown.VALUE ? "" : ExpressionValues.toStringValue(value);
            return text.isEmpty() ? fallback : text;
        } catch (ExpressionSyntaxException | ExpressionFailure e) {
            return fallback;
        }
    }

    private static Map<String, Object> strategy(WorkflowJob job, int index, int total) {
        Map<String, Object> strategy = new LinkedHashMap<>();
        JobStrategy s = job.strategy().orElse(null);
        strategy.put("fail-fast", s == null || s.failsFast());
        strategy.put("job-index", (double) index);
        strategy.put("job-total", (double) total);
        Object maxParallel = s == null ? null : s.maxParallel();
        strategy.put("max-parallel", maxParallel instanceof Double d && d > 0 ? d : (double) total);
        return strategy;
    }

    /** JobNameBuilder: {@code base (v1, v2)}, or just the base when no value shows. */
    public static String defaultName(String base, MatrixCombination combination) {
        List<String> segments = new ArrayList<>();
        leaves(combination.vectorValues(), segments);
        String name = segments.isEmpty() ? base : base + " (" + String.join(", ", segments) + ")";
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH - 3) + "...";
        }
        return name;
    }

    private static void leaves(Object value, List<String> segments) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> leaves(v, segments));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> leaves(v, segments));
        } else {
            String segment = null;
            if (value instanceof Boolean b) {
                segment = b ? "true" : "false";
            } else if (value instanceof Double d) {
                segment = ExpressionValues.formatNumber(d);
            } else if (value instanceof String s) {
                segment = s;
            }
            if (segment != null && !segment.isEmpty()) {
                segments.add(segment);
            }
        }
    }
}
