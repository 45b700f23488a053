package dev.wheelhouse.workflow.yaml;

import java.util.Optional;

/**
 * Types a scalar the way GitHub's workflow reader does: the YAML 1.2 core schema for plain
 * scalars only, so {@code yes}/{@code on} stay strings and unquoted {@code 3.10} is the number
 * 3.1. Quoted and block scalars are strings. Numbers are Doubles, as GitHub's are.
 *
 * <p>Mirrors YamlObjectReader (MatchNull, MatchBoolean, MatchInteger, MatchFloat) in
 * <a href="https://github.com/actions/runner/blob/main/src/Sdk/WorkflowParser/Conversion/YamlObjectReader.cs">actions/runner</a>.
 */
public final class ScalarTyping {

    static final String STR = "tag:yaml.org,2002:str";
    static final String BOOL = "tag:yaml.org,2002:bool";
    static final String INT = "tag:yaml.org,2002:int";
    static final String FLOAT = "tag:yaml.org,2002:float";
    static final String NULL = "tag:yaml.org,2002:null";

    private ScalarTyping() {
    }

    /**
     * The value GitHub reads from a scalar.
     *
     * @throws IllegalArgumentException when an explicit tag does not fit the text, with GitHub's
     *                                  wording
     */
    public static Object type(String text, ScalarStyle style, Optional<String> explicitTag) {
        if (explicitTag.isPresent()) {
            String tag = explicitTag.get();
            if (tag.equals(STR)) {
                return text;
            }
            if (style != ScalarStyle.PLAIN) {
                throw new IllegalArgumentException("The scalar style '" + style + "' is not valid with the tag '"
                        + tag + "'");
            }
            Object typed = switch (tag) {
                case BOOL -> matchBoolean(text);
                case FLOAT -> matchFloat(text);
                case INT -> matchInteger(text);
                case NULL -> matchNull(text) ? Null.VALUE : null;
                default -> throw new IllegalArgumentException("Unexpected tag '" + tag + "'");
            };
            if (typed == null) {
                throw new IllegalArgumentException("The value '" + text + "' is invalid for the type '" + tag + "'");
            }
            return typed == Null.VALUE ? null : typed;
        }
        if (style != ScalarStyle.PLAIN) {
            return text;
        }
        return typePlain(text);
    }

    /** The core-schema value of a plain scalar. */
    public static Object typePlain(String text) {
        if (matchNull(text)) {
            return null;
        }
        Boolean b = matchBoolean(text);
        if (b != null) {
            return b;
        }
        Double n = matchInteger(text);
        if (n == null) {
            n = matchFloat(text);
        }
        return n != null ? n : text;
    }

    /** Whether a plain scalar with this text would be read as something other than this string. */
    public static boolean plainWouldRetype(String text) {
        return !(typePlain(text) instanceof String);
    }

    private enum Null { VALUE }

    private static boolean matchNull(String s) {
        return switch (s) {
            case "", "null", "Null", "NULL", "~" -> true;
            default -> false;
        };
    }

    private static Boolean matchBoolean(String s) {
        return switch (s) {
            case "true", "True", "TRUE" -> Boolean.TRUE;
            case "false", "False", "FALSE" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Double matchInteger(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char first = s.charAt(0);
        if (allDigits(s, 0) ) {
            return Double.parseDouble(s);
        }
        if ((first == '-' || first == '+') && s.length() > 1 && allDigits(s, 1)) {
            return Double.parseDouble(s);
        }
        if (first == '0' && s.length() > 2 && s.charAt(1) == 'x' && allHex(s, 2)) {
            return parseRadix(s.substring(2), 16);
        }
        if (first == '0' && s.length() > 2 && s.charAt(1) == 'o' && allOctal(s, 2)) {
            return parseRadix(s.substring(2), 8);
        }
        return null;
    }

    /** GitHub parses hex and octal into a 32-bit int and rejects anything larger. */
    private static Double parseRadix(String digits, int radix) {
        try {
            return (double) Integer.parseInt(digits, radix);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The value '0" + (radix == 16 ? "x" : "o") + digits
                    + "' is invalid for the type '" + INT + "'");
        }
    }

    private static Double matchFloat(String s) {
        if (s.isEmpty()) {
            return null;
        }
        switch (s) {
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
                return Double.POSITIVE_INFINITY;
            case "-.inf", "-.Inf", "-.INF":
                return Double.NEGATIVE_INFINITY;
            case ".nan", ".NaN", ".NAN":
                return Double.NaN;
            default:
                break;
        }
        // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        int n = s.length();
        boolean integer = false;
        while (i < n && isDigit(s.charAt(i))) {
            integer = true;
            i++;
        }
        boolean dot = false;
        if (i < n && s.charAt(i) == '.') {
            dot = true;
            i++;
        }
        boolean decimals = false;
        while (i < n && isDigit(s.charAt(i))) {
            decimals = true;
            i++;
        }
        if (!((dot && decimals) || integer)) {
            return null;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            boolean exponent = false;
            while (i < n && isDigit(s.charAt(i))) {
                exponent = true;
                i++;
            }
            if (!exponent) {
                return null;
            }
        }
        if (i != n) {
            return null;
        }
        double d = Double.parseDouble(s);
        if (Double.isInfinite(d)) {
            throw new IllegalArgumentException("The value '" + s + "' is invalid for the type '" + FLOAT + "'");
        }
        return d;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return from < s.length();
    }

    private static boolean allHex(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allOctal(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '7') {
                return false;
            }
        }
        return true;
    }
}
