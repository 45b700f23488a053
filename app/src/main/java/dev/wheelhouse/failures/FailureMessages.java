package dev.wheelhouse.failures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a symptom's sentence: {@code {detail}}, {@code {location}}, and {@code {name|fallback}}
 * where the fallback stands in for what the log did not say.
 */
final class FailureMessages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)(?:\\|([^}]*))?}");
    /** A detail is quoted, not pasted whole: a 2 KB JSON error would drown the sentence. */
    private static final int MAX_DETAIL = 160;

    private FailureMessages() {
    }

    static String render(String template, String detail, SourceLocation location) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "detail" -> shorten(detail);
                case "location" -> location == null ? null : location.toString();
                default -> null;
            };
            if (value == null) {
                value = m.group(2) != null ? m.group(2) : m.group(1).equals("detail") ? "(see the log)" : "the source";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String shorten(String detail) {
        if (detail == null) {
            return null;
        }
        String d = detail.strip();
        while (d.endsWith(".") || d.endsWith(":")) {
            d = d.substring(0, d.length() - 1).stripTrailing();
        }
        if (d.isEmpty()) {
            return null;
        }
        return d.length() <= MAX_DETAIL ? d : d.substring(0, MAX_DETAIL - 1) + "…";
    }
}
