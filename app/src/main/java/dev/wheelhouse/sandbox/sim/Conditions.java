package dev.wheelhouse.sandbox.sim;

import dev.wheelhouse.workflow.expr.ExpressionContext;
import dev.wheelhouse.workflow.expr.ExpressionEvaluator;
import dev.wheelhouse.workflow.expr.ExpressionSyntaxException;
import dev.wheelhouse.workflow.expr.ExpressionValues;
import dev.wheelhouse.workflow.expr.Unknown;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an {@code if:} into a {@link Condition}: the expression is evaluated once for each way
 * the work before it can end, with the status functions ({@code success()}, {@code failure()},
 * {@code cancelled()}, {@code always()}) replaced by what they return in that case. An
 * expression without one gets GitHub's implicit {@code success() && (…)}. An {@code if:} that
 * reads what only a live run knows ({@code steps.*.outputs}, {@code hashFiles()}) counts as true.
 */
public final class Conditions {

    private static final Pattern STATUS = Pattern.compile("(?i)\\b(success|failure|cancelled|always)\\s*\\(\\s*\\)");

    private Conditions() {
    }

    public static Condition of(String ifText, ExpressionContext context) {
        if (ifText == null || ifText.isBlank()) {
            return Condition.SUCCESS;
        }
        String expression = unwrap(ifText.strip());
        boolean hasStatus = STATUS.matcher(withoutStrings(expression)).find();
        String checked = hasStatus ? expression : "success() && (" + expression + ")";
        return new Condition(
                holds(checked, Condition.Outcome.SUCCESS, context),
                holds(checked, Condition.Outcome.FAILURE, context),
                holds(checked, Condition.Outcome.CANCELLED, context),
                holds(checked, Condition.Outcome.SKIPPED, context));
    }

    private static boolean holds(String expression, Condition.Outcome outcome, ExpressionContext context) {
        String substituted = substitute(expression, outcome);
        try {
            Object value = ExpressionEvaluator.evaluate(substituted, context);
            return value == Unknown.VALUE || ExpressionValues.isTruthy(value);
        } catch (ExpressionSyntaxException | RuntimeException e) {
            // GitHub fails such a workflow at run time; the sandbox runs the job instead.
            return true;
        }
    }

    /** Replaces status calls outside string literals by {@code true}/{@code false}. */
    private static String substitute(String expression, Condition.Outcome outcome) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'') {
                inString = !inString;
                out.append(c);
                i++;
                continue;
            }
            if (!inString) {
                Matcher m = STATUS.matcher(expression).region(i, expression.length());
                if (m.lookingAt()) {
                    out.append(value(m.group(1).toLowerCase(Locale.ROOT), outcome));
                    i = m.end();
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String value(String function, Condition.Outcome outcome) {
        boolean v = switch (function) {
            case "always" -> true;
            case "success" -> outcome == Condition.Outcome.SUCCESS;
            case "failure" -> outcome == Condition.Outcome.FAILURE;
            default -> outcome == Condition.Outcome.CANCELLED;
        };
        return Boolean.toString(v);
    }

    private static String unwrap(String text) {
        if (text.startsWith("${{") && text.endsWith("}}")) {
            return text.substring(3, text.length() - 2).strip();
        }
        return text;
    }

    private static String withoutStrings(String expression) {
        return expression.replaceAll("'([^']|'')*'", "''");
    }
}
