package dev.wheelhouse.workflow.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates an {@link Expr} against an {@link ExpressionContext} with GitHub's semantics. Values
 * that depend on something the context does not know come out as {@link Unknown}. The evaluator
 * remembers which contexts it read, so callers can tell whether a result rests on an assumed
 * event.
 */
public final class ExpressionEvaluator {

    private final ExpressionContext context;
    private final Set<String> read = new LinkedHashSet<>();

    public ExpressionEvaluator(ExpressionContext context) {
        this.context = context;
    }

    /** Parses and evaluates in one go. */
    public static Object evaluate(String expression, ExpressionContext context) throws ExpressionSyntaxException {
        return new ExpressionEvaluator(context).evaluate(ExpressionParser.parse(expression));
    }

    /** The named contexts read so far (lower case). */
    public Set<String> contextsRead() {
        return Collections.unmodifiableSet(read);
    }

    /** True when something read so far was an assumed stand-in rather than a known value. */
    public boolean readAssumedContext() {
        return read.stream().anyMatch(context::isAssumed);
    }

    public Object evaluate(Expr expr) {
        if (expr instanceof Expr.Literal l) {
            return l.value();
        }
        if (expr instanceof Expr.NamedValue n) {
            read.add(n.name().toLowerCase(java.util.Locale.ROOT));
            return context.knows(n.name()) ? context.get(n.name()) : Unknown.VALUE;
        }
        if (expr instanceof Expr.Index i) {
            return index(i);
        }
        if (expr instanceof Expr.Wildcard) {
            return Unknown.VALUE;
        }
        if (expr instanceof Expr.Call c) {
            return call(c);
        }
        if (expr instanceof Expr.Not n) {
            Object v = evaluate(n.operand());
            return v == Unknown.VALUE ? v : !ExpressionValues.isTruthy(v);
        }
        if (expr instanceof Expr.Compare c) {
            return compare(c);
        }
        if (expr instanceof Expr.And a) {
            return and(a.operands());
        }
        return or(((Expr.Or) expr).operands());
    }

    private Object and(List<Expr> operands) {
        boolean unknown = false;
        Object last = null;
        for (Expr operand : operands) {
            Object v = evaluate(operand);
            if (v == Unknown.VALUE) {
                unknown = true;
            } else if (!ExpressionValues.isTruthy(v) && !unknown) {
                return v;
            }
            last = v;
        }
        return unknown ? Unknown.VALUE : last;
    }

    private Object or(List<Expr> operands) {
        boolean unknown = false;
        Object last = null;
        for (Expr operand : operands) {
            Object v = evaluate(operand);
            if (v == Unknown.VALUE) {
                unknown = true;
            } else if (ExpressionValues.isTruthy(v) && !unknown) {
                return v;
            }
            last = v;
        }
        return unknown ? Unknown.VALUE : last;
    }

    private Object compare(Expr.Compare c) {
        Object l = evaluate(c.left());
        Object r = evaluate(c.right());
        if (l == Unknown.VALUE || r == Unknown.VALUE) {
            return Unknown.VALUE;
        }
        l = unwrapFiltered(l);
        r = unwrapFiltered(r);
        switch (c.operator()) {
            case "==":
                return ExpressionValues.looseEquals(l, r);
            case "!=":
                return !ExpressionValues.looseEquals(l, r);
            default:
                Integer order = ExpressionValues.compare(l, r);
                if (order == null) {
                    return false;
                }
                return switch (c.operator()) {
                    case "<" -> order < 0;
                    case "<=" -> order <= 0;
                    case ">" -> order > 0;
                    default -> order >= 0;
                };
        }
    }

    private Object index(Expr.Index i) {
        Object target = evaluate(i.target());
        if (target == Unknown.VALUE) {
            return target;
        }
        boolean wildcard = i.index() instanceof Expr.Wildcard;
        Object key = wildcard ? null : evaluate(i.index());
        if (key == Unknown.VALUE) {
            return key;
        }
        if (target instanceof FilteredArray filtered) {
            FilteredArray result = new FilteredArray();
            for (Object item : filtered) {
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    collect(result, item, key, wildcard);
                }
            }
            return result;
        }
        if (target instanceof Map<?, ?> map) {
            if (wildcard) {
                return new FilteredArray(map.values());
            }
            if (!ExpressionValues.isPrimitive(key)) {
                return null;
            }
            String name = ExpressionValues.toStringValue(key);
            return KnownFields.unknownField(map, name) ? Unknown.VALUE : ExpressionValues.property(map, name);
        }
        if (target instanceof List<?> list) {
            if (wildcard) {
                return new FilteredArray(list);
            }
            int at = arrayIndex(key);
            return at >= 0 && at < list.size() ? list.get(at) : null;
        }
        return wildcard ? new FilteredArray() : null;
    }

    private static void collect(FilteredArray result, Object item, Object key, boolean wildcard) {
        if (item instanceof Map<?, ?> map) {
            if (wildcard) {
                result.addAll(map.values());
            } else if (ExpressionValues.isPrimitive(key)) {
                String k = ExpressionValues.toStringValue(key);
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (e.getKey() instanceof String s && s.equalsIgnoreCase(k)) {
                        result.add(e.getValue());
                        break;
                    }
                }
            }
        } else if (item instanceof List<?> list) {
            if (wildcard) {
                result.addAll(list);
            } else {
                int at = arrayIndex(key);
                if (at >= 0 && at < list.size()) {
                    result.add(list.get(at));
                }
            }
        }
    }

    private static int arrayIndex(Object key) {
        double d = ExpressionValues.toNumber(key);
        if (Double.isNaN(d) || d < 0 || d > Integer.MAX_VALUE) {
            return -1;
        }
        return (int) Math.floor(d);
    }

    private Object call(Expr.Call c) {
        List<Object> args = new ArrayList<>();
        for (Expr a : c.arguments()) {
            if (c.function().equals("case")) {
                break;
            }
            Object v = evaluate(a);
            if (v == Unknown.VALUE) {
                return v;
            }
            args.add(unwrapFiltered(v));
        }
        if (c.function().equals("case")) {
            return caseOf(c.arguments());
        }
        return ExpressionFunctions.call(c.function(), args);
    }

    /** {@code case(pred1, val1, pred2, val2, …, default)}: the value of the first true predicate. */
    private Object caseOf(List<Expr> args) {
        for (int i = 0; i + 1 < args.size(); i += 2) {
            Object predicate = evaluate(args.get(i));
            if (predicate == Unknown.VALUE) {
                return predicate;
            }
            if (ExpressionValues.isTruthy(predicate)) {
                return evaluate(args.get(i + 1));
            }
        }
        return args.size() % 2 == 1 ? evaluate(args.get(args.size() - 1)) : null;
    }

    private static Object unwrapFiltered(Object v) {
        return v instanceof FilteredArray f ? List.copyOf(f) : v;
    }

    /** The result of {@code .*}: a list that further property access maps over. */
    static final class FilteredArray extends ArrayList<Object> {
        FilteredArray() {
        }

        FilteredArray(java.util.Collection<?> items) {
            super(items);
        }
    }
}
