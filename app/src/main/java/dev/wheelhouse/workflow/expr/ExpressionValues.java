package dev.wheelhouse.workflow.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GitHub's value rules for expression data (null, Boolean, Double, String, List, Map):
 * truthiness, coercion to number and string, and loose equality, after
 * <a href="https://github.com/actions/runner/blob/main/src/Sdk/Expressions/EvaluationResult.cs">EvaluationResult</a>
 * and the <a href="https://docs.github.com/en/actions/reference/workflows-and-actions/expressions">Expressions</a>
 * docs: strings compare case-insensitively, mixed types are coerced to numbers, objects and
 * arrays are equal only to themselves.
 */
public final class ExpressionValues {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private ExpressionValues() {
    }

    public static boolean isPrimitive(Object v) {
        return v == null || v instanceof Boolean || v instanceof Double || v instanceof String;
    }

    public static boolean isTruthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Double d) {
            return d != 0d && !d.isNaN();
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        return true;
    }

    /** JavaScript's Number(): null→0, true→1, false→0, strings parsed, objects NaN. */
    public static double toNumber(Object v) {
        if (v == null) {
            return 0d;
        }
        if (v instanceof Boolean b) {
            return b ? 1d : 0d;
        }
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof String s) {
            return parseNumber(s);
        }
        return Double.NaN;
    }

    /** ExpressionUtility.ParseNumber: decimal, 0x hex, 0o octal, Infinity; else NaN. */
    public static double parseNumber(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return 0d;
        }
        if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        try {
            if (s.length() > 2 && s.charAt(0) == '0' && s.charAt(1) == 'x') {
                return Integer.parseInt(s.substring(2), 16);
            }
            if (s.length() > 2 && s.charAt(0) == '0' && s.charAt(1) == 'o') {
                return Integer.parseInt(s.substring(2), 8);
            }
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return switch (s) {
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.NaN;
        };
    }

    /** ConvertToString: null→'', booleans lower case, numbers G15 (negative zero as 0). */
    public static String toStringValue(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v instanceof Double d) {
            return d == 0d ? "0" : formatNumber(d);
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof List<?>) {
            return "Array";
        }
        if (v instanceof Map<?, ?>) {
            return "Object";
        }
        return "";
    }

    /**
     * .NET's {@code ToString("G15")}: 15 significant digits, trailing zeros dropped, scientific
     * notation ({@code 1E+15}, {@code 1E-05}) when the exponent is -5 or less, or 15 or more.
     */
    public static String formatNumber(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0d) {
            return 1d / d < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(d).round(new MathContext(15, RoundingMode.HALF_UP)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent > -5 && exponent < 15) {
            return rounded.toPlainString();
        }
        String digits = rounded.unscaledValue().abs().toString();
        StringBuilder out = new StringBuilder();
        if (rounded.signum() < 0) {
            out.append('-');
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append('E').append(exponent < 0 ? '-' : '+');
        String e = Integer.toString(Math.abs(exponent));
        out.append(e.length() < 2 ? "0" + e : e);
        return out.toString();
    }

    /** AbstractEqual: loose equality with number coercion and case-insensitive strings. */
    public static boolean looseEquals(Object left, Object right) {
        Object[] pair = coerce(left, right);
        Object l = pair[0];
        Object r = pair[1];
        if (kind(l) != kind(r)) {
            return false;
        }
        return switch (kind(l)) {
            case NULL -> true;
            case NUMBER -> !((Double) l).isNaN() && !((Double) r).isNaN() && ((Double) l).doubleValue() == (Double) r;
            case STRING -> ((String) l).equalsIgnoreCase((String) r);
            case BOOLEAN -> l.equals(r);
            default -> l == r;
        };
    }

    /** AbstractGreaterThan / AbstractLessThan: negative, zero or positive; null when unordered. */
    public static Integer compare(Object left, Object right) {
        Object[] pair = coerce(left, right);
        Object l = pair[0];
        Object r = pair[1];
        if (kind(l) != kind(r)) {
            return null;
        }
        return switch (kind(l)) {
            case NUMBER -> ((Double) l).isNaN() || ((Double) r).isNaN() ? null : Double.compare((Double) l, (Double) r);
            case STRING -> ((String) l).toUpperCase(Locale.ROOT).compareTo(((String) r).toUpperCase(Locale.ROOT));
            case BOOLEAN -> Boolean.compare((Boolean) l, (Boolean) r);
            default -> null;
        };
    }

    /** Case-insensitive property lookup, as GitHub's dictionaries do; missing is null. */
    public static Object property(Map<?, ?> map, String key) {
        if (map.containsKey(key)) {
            return map.get(key);
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getKey() instanceof String k && k.equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private enum Kind { NULL, BOOLEAN, NUMBER, STRING, ARRAY, OBJECT }

    private static Kind kind(Object v) {
        if (v == null) {
            return Kind.NULL;
        }
        if (v instanceof Boolean) {
            return Kind.BOOLEAN;
        }
        if (v instanceof Double) {
            return Kind.NUMBER;
        }
        if (v instanceof String) {
            return Kind.STRING;
        }
        return v instanceof List<?> ? Kind.ARRAY : Kind.OBJECT;
    }

    /** CoerceTypes: number vs string parses the string; booleans and null become numbers. */
    private static Object[] coerce(Object l, Object r) {
        Kind lk = kind(l);
        Kind rk = kind(r);
        if (lk == rk) {
            return new Object[] {l, r};
        }
        if (lk == Kind.NUMBER && rk == Kind.STRING) {
            return new Object[] {l, toNumber(r)};
        }
        if (lk == Kind.STRING && rk == Kind.NUMBER) {
            return new Object[] {toNumber(l), r};
        }
        if (lk == Kind.BOOLEAN || lk == Kind.NULL) {
            return coerce(toNumber(l), r);
        }
        if (rk == Kind.BOOLEAN || rk == Kind.NULL) {
            return coerce(l, toNumber(r));
        }
        return new Object[] {l, r};
    }
}
