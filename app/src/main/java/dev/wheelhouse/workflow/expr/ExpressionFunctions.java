package dev.wheelhouse.workflow.expr;

import java.util.List;
import java.util.Locale;

/**
 * GitHub's expression functions over known values: {@code contains}, {@code startsWith},
 * {@code endsWith}, {@code format}, {@code join}, {@code toJSON}, {@code fromJSON}. Functions of
 * the runner ({@code hashFiles}, status checks) are {@link Unknown} before a run.
 */
final class ExpressionFunctions {

    private ExpressionFunctions() {
    }

    static Object call(String function, List<Object> args) {
        return switch (function) {
            case "contains" -> contains(args.get(0), args.get(1));
            case "startswith" -> startsOrEnds(args.get(0), args.get(1), true);
            case "endswith" -> startsOrEnds(args.get(0), args.get(1), false);
            case "format" -> format(args);
            case "join" -> join(args);
            case "tojson" -> JsonData.toJson(args.get(0));
            case "fromjson" -> fromJson(args.get(0));
            default -> Unknown.VALUE;
        };
    }

    private static boolean contains(Object search, Object item) {
        if (search instanceof List<?> list) {
            for (Object element : list) {
                if (ExpressionValues.looseEquals(element, item)) {
                    return true;
                }
            }
            return false;
        }
        if (!ExpressionValues.isPrimitive(search) || !ExpressionValues.isPrimitive(item)) {
            return false;
        }
        return upper(ExpressionValues.toStringValue(search)).contains(upper(ExpressionValues.toStringValue(item)));
    }

    private static boolean startsOrEnds(Object search, Object fix, boolean starts) {
        if (!ExpressionValues.isPrimitive(search) || !ExpressionValues.isPrimitive(fix)) {
            return false;
        }
        String s = upper(ExpressionValues.toStringValue(search));
        String f = upper(ExpressionValues.toStringValue(fix));
        return starts ? s.startsWith(f) : s.endsWith(f);
    }

    /** {@code format('{0} and {1}', a, b)} with {@code {{}} and {@code }}} as literal braces. */
    private static String format(List<Object> args) {
        String template = ExpressionValues.toStringValue(args.get(0));
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                out.append('}');
                i += 2;
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                if (close < 0) {
                    throw new ExpressionFailure("The following format string is invalid: " + template);
                }
                int index;
                try {
                    index = Integer.parseInt(template.substring(i + 1, close).strip());
                } catch (NumberFormatException e) {
                    throw new ExpressionFailure("The following format string is invalid: " + template);
                }
                if (index < 0 || index + 1 >= args.size()) {
                    throw new ExpressionFailure("The following format string references more arguments "
                            + "than were supplied: " + template);
                }
                out.append(ExpressionValues.toStringValue(args.get(index + 1)));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String join(List<Object> args) {
        String separator = args.size() > 1 ? ExpressionValues.toStringValue(args.get(1)) : ",";
        Object value = args.get(0);
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(separator);
                }
                Object item = list.get(i);
                out.append(ExpressionValues.isPrimitive(item) ? ExpressionValues.toStringValue(item) : "");
            }
            return out.toString();
        }
        return ExpressionValues.isPrimitive(value) ? ExpressionValues.toStringValue(value) : "";
    }

    private static Object fromJson(Object value) {
        String text = ExpressionValues.toStringValue(value);
        if (text.isBlank()) {
            throw new ExpressionFailure("Empty input to fromJson");
        }
        try {
            return JsonData.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ExpressionFailure(e.getMessage());
        }
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
