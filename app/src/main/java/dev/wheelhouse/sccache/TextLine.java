package dev.wheelhouse.sccache;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a {@code --show-stats} table, classified. Built by {@link #parse(String)} from the
 * line's text without the log prefix; lines that are not stats lines give null.
 *
 * @param kind     what the line is
 * @param label    the fixed label, for {@link Kind#LABEL}
 * @param name     the language, the cache level, or the section entry (a non-cacheable reason)
 * @param value    the value text as printed, stripped
 */
record TextLine(Kind kind, TextLabel label, String name, String value) {

    enum Kind {
        LABEL,
        LANGUAGE_HITS,
        LANGUAGE_MISSES,
        LANGUAGE_ERRORS,
        LANGUAGE_RATE,
        /** {@code  L0 (disk) hits} and the other per-level lines of a multi-level cache (≥ 0.15). */
        LEVEL,
        BLANK,
        /** A {@code <name> <count>} line inside a section (a non-cacheable reason, a build server). */
        SECTION_ENTRY,
        REASONS_HEADER,
        DISTRIBUTED_HEADER
    }

    private static final Pattern LEVEL_LINE = Pattern.compile(
            "(L\\d+ \\(.+?\\)) (hits|misses|hit rate|writes|write failures|backfills from|backfills to"
                    + "|avg cache write|avg cache read hit) +(\\S.*)");
    private static final Pattern COUNT = Pattern.compile("\\d{1,18}");

    static final TextLine BLANK = new TextLine(Kind.BLANK, null, null, "");

    /** Classifies a line (already without log prefix and indentation); null if it is no stats line. */
    static TextLine parse(String body) {
        if (body.isEmpty()) {
            return BLANK;
        }
        if (body.equals("Non-cacheable reasons:")) {
            return new TextLine(Kind.REASONS_HEADER, null, null, "");
        }
        if (body.equals("Successful distributed compiles")) {
            return new TextLine(Kind.DISTRIBUTED_HEADER, null, null, "");
        }
        char first = body.charAt(0);
        if (first == 'C') {
            TextLine perLanguage = perLanguage(body);
            if (perLanguage != null) {
                return perLanguage;
            }
        }
        if (first == 'L') {
            Matcher m = LEVEL_LINE.matcher(body);
            return m.matches() ? new TextLine(Kind.LEVEL, null, m.group(1), m.group(2) + "=" + m.group(3)) : null;
        }
        for (TextLabel label : TextLabel.LONGEST_FIRST) {
            if (body.length() > label.text.length() && body.startsWith(label.text)
                    && body.charAt(label.text.length()) == ' ') {
                String value = body.substring(label.text.length()).strip();
                return label.value.accepts(value) ? new TextLine(Kind.LABEL, label, null, value) : null;
            }
        }
        return null;
    }

    /**
     * {@code Cache hits (Rust)   5}, {@code Cache hits rate (C/C++)  24.64 %}: the value is read
     * from the right, so a language name with parentheses (a RAPIDS build's
     * {@code CUDA (Device code)}) survives.
     */
    private static TextLine perLanguage(String body) {
        Kind kind;
        String prefix;
        if (body.startsWith("Cache hits rate (")) {
            kind = Kind.LANGUAGE_RATE;
            prefix = "Cache hits rate (";
        } else if (body.startsWith("Cache hits (")) {
            kind = Kind.LANGUAGE_HITS;
            prefix = "Cache hits (";
        } else if (body.startsWith("Cache misses (")) {
            kind = Kind.LANGUAGE_MISSES;
            prefix = "Cache misses (";
        } else if (body.startsWith("Cache errors (")) {
            kind = Kind.LANGUAGE_ERRORS;
            prefix = "Cache errors (";
        } else {
            return null;
        }
        int valueStart;
        String value;
        if (kind == Kind.LANGUAGE_RATE) {
            if (body.endsWith(" -")) {
                valueStart = body.length() - 1;
            } else if (body.endsWith(" %")) {
                valueStart = body.lastIndexOf(' ', body.length() - 3) + 1;
            } else {
                return null;
            }
            value = body.substring(valueStart);
            if (!TextLabel.Value.RATE.accepts(value)) {
                return null;
            }
        } else {
            valueStart = body.lastIndexOf(' ') + 1;
            value = body.substring(valueStart);
            if (!COUNT.matcher(value).matches()) {
                return null;
            }
        }
        String label = body.substring(0, valueStart).stripTrailing();
        if (!label.endsWith(")") || label.length() <= prefix.length() + 1) {
            return null;
        }
        return new TextLine(kind, null, label.substring(prefix.length(), label.length() - 1), value);
    }

    /** A {@code <name> <count>} line of a section (non-cacheable reasons); null if not one. */
    static TextLine sectionEntry(String body) {
        int space = body.lastIndexOf(' ');
        if (space <= 0) {
            return null;
        }
        String count = body.substring(space + 1);
        String name = body.substring(0, space).strip();
        if (name.isEmpty() || !COUNT.matcher(count).matches()) {
            return null;
        }
        return new TextLine(Kind.SECTION_ENTRY, null, name, count);
    }
}
