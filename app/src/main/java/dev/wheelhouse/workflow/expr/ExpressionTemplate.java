package dev.wheelhouse.workflow.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A YAML string that may hold {@code ${{ }}} expressions. A string that is exactly one
 * expression evaluates to that expression's value with its type (an array stays an array);
 * otherwise the literal text and the expressions' string forms are joined, as GitHub's
 * TemplateReader turns such a string into a {@code format()} call.
 */
public final class ExpressionTemplate {

    /** A piece of the string: literal text, or an expression with its offset in the string. */
    public sealed interface Part {
    }

    public record Text(String text) implements Part {
    }

    public record Embedded(String source, Expr expr, int offset) implements Part {
    }

    private final String source;
    private final List<Part> parts;

    private ExpressionTemplate(String source, List<Part> parts) {
        this.source = source;
        this.parts = Collections.unmodifiableList(parts);
    }

    public static boolean hasExpression(String text) {
        return text != null && text.contains("${{");
    }

    public static ExpressionTemplate parse(String text) throws ExpressionSyntaxException {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${{", i);
            if (open < 0) {
                parts.add(new Text(text.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(new Text(text.substring(i, open)));
            }
            int close = closing(text, open + 3);
            if (close < 0) {
                throw new ExpressionSyntaxException("The expression is not closed. An unescaped ${{ sequence was "
                        + "found, but the closing }} sequence was not found.", open);
            }
            String inner = text.substring(open + 3, close);
            Expr expr;
            try {
                expr = ExpressionParser.parse(inner);
            } catch (ExpressionSyntaxException e) {
                throw new ExpressionSyntaxException(e.getMessage() + " in expression '" + inner.strip() + "'",
                        open + 3 + e.position());
            }
            parts.add(new Embedded(inner.strip(), expr, open));
            i = close + 2;
        }
        return new ExpressionTemplate(text, parts);
    }

    /** The index of the {@code }}} closing an expression body that starts at {@code from}. */
    private static int closing(String text, int from) {
        boolean inString = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                return i;
            }
        }
        return -1;
    }

    public String source() {
        return source;
    }

    public List<Part> parts() {
        return parts;
    }

    public boolean hasExpressions() {
        return parts.stream().anyMatch(p -> p instanceof Embedded);
    }

    /** The whole string is one {@code ${{ }}} with nothing around it. */
    public boolean isSingleExpression() {
        return parts.size() == 1 && parts.get(0) instanceof Embedded;
    }

    /** The value: typed for a single expression, else a string; {@link Unknown} if any part is. */
    public Object evaluate(ExpressionEvaluator evaluator) {
        if (isSingleExpression()) {
            return evaluator.evaluate(((Embedded) parts.get(0)).expr());
        }
        StringBuilder out = new StringBuilder();
        boolean unknown = false;
        for (Part p : parts) {
            if (p instanceof Text t) {
                out.append(t.text());
            } else {
                Object v = evaluator.evaluate(((Embedded) p).expr());
                if (v == Unknown.VALUE) {
                    unknown = true;
                } else {
                    out.append(ExpressionValues.toStringValue(v));
                }
            }
        }
        return unknown ? Unknown.VALUE : out.toString();
    }

    /** The properties read directly off a context, e.g. {@code os} for {@code matrix.os}. */
    public Set<String> propertiesOf(String context) {
        Set<String> found = new LinkedHashSet<>();
        for (Part p : parts) {
            if (p instanceof Embedded e) {
                collect(e.expr(), context.toLowerCase(Locale.ROOT), found);
            }
        }
        return Collections.unmodifiableSet(found);
    }

    /** Every property read directly off {@code context} anywhere in {@code expr}. */
    public static Set<String> propertiesOf(Expr expr, String context) {
        Set<String> found = new LinkedHashSet<>();
        collect(expr, context.toLowerCase(Locale.ROOT), found);
        return found;
    }

    private static void collect(Expr expr, String context, Set<String> found) {
        if (expr instanceof Expr.Index i) {
            if (i.target() instanceof Expr.NamedValue n && n.name().equalsIgnoreCase(context)
                    && i.index() instanceof Expr.Literal l && l.value() instanceof String key) {
                found.add(key);
            }
            collect(i.target(), context, found);
            collect(i.index(), context, found);
        } else if (expr instanceof Expr.Call c) {
            c.arguments().forEach(a -> collect(a, context, found));
        } else if (expr instanceof Expr.Not n) {
            collect(n.operand(), context, found);
        } else if (expr instanceof Expr.Compare c) {
            collect(c.left(), context, found);
            collect(c.right(), context, found);
        } else if (expr instanceof Expr.And a) {
            a.operands().forEach(o -> collect(o, context, found));
        } else if (expr instanceof Expr.Or o) {
            o.operands().forEach(x -> collect(x, context, found));
        }
    }
}
