package dev.wheelhouse.release;

import dev.wheelhouse.workflow.expr.ExpressionContext;
import dev.wheelhouse.workflow.expr.ExpressionEvaluator;
import dev.wheelhouse.workflow.expr.ExpressionSyntaxException;
import dev.wheelhouse.workflow.expr.ExpressionValues;
import dev.wheelhouse.workflow.expr.Unknown;

import java.util.regex.Pattern;

/**
 * Whether a step's {@code if:} holds in a job that succeeded up to it, with the matrix cell known: the status
 * functions answer as they would then ({@code success()} and {@code always()} true, {@code failure()} and
 * {@code cancelled()} false). What only a live run knows ({@code steps.*.outputs}) counts as true, as the step
 * may well run.
 */
final class StepConditions {

    private static final Pattern STATUS = Pattern.compile("(?i)\\b(success|always|failure|cancelled)\\s*\\(\\s*\\)");

    private StepConditions() {
    }

    static boolean holds(String condition, ExpressionContext context) {
        String expression = condition.strip();
        if (expression.startsWith("${{") && expression.endsWith("}}")) {
            expression = expression.substring(3, expression.length() - 2).strip();
        }
        String substituted = STATUS.matcher(expression).replaceAll(m -> {
            String f = m.group(1).toLowerCase(java.util.Locale.ROOT);
            return f.equals("success") || f.equals("always") ? "true" : "false";
        });
        try {
            Object value = ExpressionEvaluator.evaluate(substituted, context);
            return value == Unknown.VALUE || ExpressionValues.isTruthy(value);
        } catch (ExpressionSyntaxException | RuntimeException e) {
            return true;
        }
    }
}
