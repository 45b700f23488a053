package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.expr.ExpressionEvaluator;
import dev.wheelhouse.workflow.expr.ExpressionFailure;
import dev.wheelhouse.workflow.expr.ExpressionSyntaxException;
import dev.wheelhouse.workflow.expr.ExpressionTemplate;
import dev.wheelhouse.workflow.expr.Unknown;
import dev.wheelhouse.workflow.yaml.Span;
import dev.wheelhouse.workflow.yaml.YamlEntry;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;
import dev.wheelhouse.workflow.yaml.YamlScalar;
import dev.wheelhouse.workflow.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a YAML node into expression data, evaluating every {@code ${{ }}} in keys and values the
 * way GitHub's template evaluator does before a strategy is built. A sequence item that is one
 * expression returning an array is spliced into the sequence. Anything that rests on an
 * unknown value makes its container {@link Unknown}.
 */
final class NodeEvaluator {

    /** A node GitHub would refuse: a bad expression. Carries the problem to report. */
    static final class Invalid extends Exception {
        private final transient Problem problem;

        Invalid(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private final ExpressionEvaluator evaluator;

    NodeEvaluator(ExpressionEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    ExpressionEvaluator evaluator() {
        return evaluator;
    }

    Object evaluate(YamlNode node) throws Invalid {
        YamlNode n = node.resolved();
        if (n instanceof YamlScalar s) {
            return scalar(s);
        }
        if (n instanceof YamlSequence q) {
            List<Object> list = new ArrayList<>();
            for (YamlNode item : q.items()) {
                Object v = evaluate(item);
                if (v == Unknown.VALUE) {
                    return v;
                }
                if (v instanceof List<?> spliced && isSingleExpression(item)) {
                    list.addAll(spliced);
                } else {
                    list.add(v);
                }
            }
            return Collections.unmodifiableList(list);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (YamlEntry e : ((YamlMapping) n).entries()) {
            Object key = key(e.key());
            if (key == Unknown.VALUE) {
                return key;
            }
            Object v = evaluate(e.value());
            if (v == Unknown.VALUE) {
                return v;
            }
            map.put((String) key, v);
        }
        return Collections.unmodifiableMap(map);
    }

    /** A mapping key: its text, with expressions evaluated to a string. */
    Object key(YamlNode keyNode) throws Invalid {
        YamlNode k = keyNode.resolved();
        if (k instanceof YamlScalar s) {
            if (!s.isString() || !ExpressionTemplate.hasExpression(s.value())) {
                return s.value();
            }
            Object v = template(s.value(), s.span());
            return v == Unknown.VALUE ? v : dev.wheelhouse.workflow.expr.ExpressionValues.toStringValue(v);
        }
        return String.valueOf(evaluate(k));
    }

    private Object scalar(YamlScalar s) throws Invalid {
        if (s.isString() && ExpressionTemplate.hasExpression(s.value())) {
            return template(s.value(), s.span());
        }
        return s.typed();
    }

    private Object template(String text, Span at) throws Invalid {
        try {
            return ExpressionTemplate.parse(text).evaluate(evaluator);
        } catch (ExpressionSyntaxException e) {
            throw new Invalid(Problem.error(at, e.getMessage()));
        } catch (ExpressionFailure e) {
            throw new Invalid(Problem.error(at, e.getMessage()));
        }
    }

    static boolean isSingleExpression(YamlNode node) {
        if (node.resolved() instanceof YamlScalar s && s.isString() && ExpressionTemplate.hasExpression(s.value())) {
            try {
                return ExpressionTemplate.parse(s.value()).isSingleExpression();
            } catch (ExpressionSyntaxException e) {
                return false;
            }
        }
        return false;
    }
}
