package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cibuildwheel's selector matching: a space-separated list of patterns, each expanded by
 * bracex's shell-style braces ({@code cp3{10,11}-*}, {@code cp3{10..13}-*}) and then matched with
 * Python's {@code fnmatch} ({@code *}, {@code ?}, {@code [seq]}, {@code [!seq]}), as in
 * https://github.com/pypa/cibuildwheel/blob/main/cibuildwheel/selector.py.
 *
 * <p>{@code fnmatch} normalises case through {@code os.path.normcase}, which folds case only on
 * Windows hosts: the same selector matches case-insensitively when cibuildwheel runs on a Windows
 * runner.
 */
public final class IdentifierGlob {

    /** Expanding more than this many alternatives is refused: no real selector comes near it. */
    private static final int MAX_EXPANSION = 10_000;

    private final List<Pattern> patterns;
    private final boolean caseInsensitive;

    private IdentifierGlob(List<Pattern> patterns, boolean caseInsensitive) {
        this.patterns = List.copyOf(patterns);
        this.caseInsensitive = caseInsensitive;
    }

    /**
     * Compiles a selector string.
     *
     * @param caseInsensitive true when cibuildwheel runs on Windows
     * @throws IllegalArgumentException when brace expansion would exceed any sensible size
     */
    public static IdentifierGlob compile(String selectors, boolean caseInsensitive) {
        List<Pattern> compiled = new ArrayList<>();
        for (String word : selectors.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            for (String expanded : expandBraces(word)) {
                String regex = translate(caseInsensitive ? expanded.toLowerCase(Locale.ROOT) : expanded);
                compiled.add(Pattern.compile(regex, Pattern.DOTALL));
            }
        }
        return new IdentifierGlob(compiled, caseInsensitive);
    }

    /** Whether any pattern matches the whole identifier. An empty selector matches nothing. */
    public boolean matches(String identifier) {
        String subject = caseInsensitive ? identifier.toLowerCase(Locale.ROOT) : identifier;
        for (Pattern pattern : patterns) {
            if (pattern.matcher(subject).matches()) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Shell-style brace expansion of one word, as bracex.expand does for the forms selectors use. */
    static List<String> expandBraces(String word) {
        List<String> out = new ArrayList<>();
        expandInto(word, out);
        return out;
    }

    private static void expandInto(String word, List<String> out) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c != '{') {
                continue;
            }
            int close = matchingBrace(word, i);
            if (close < 0) {
                break;
            }
            List<String> alternatives = alternatives(word.substring(i + 1, close));
            if (alternatives != null) {
                String prefix = word.substring(0, i);
                String suffix = word.substring(close + 1);
                for (String alternative : alternatives) {
                    if (out.size() > MAX_EXPANSION) {
                        throw new IllegalArgumentException("the selector '" + word
                                + "' expands to more than " + MAX_EXPANSION + " patterns");
                    }
                    expandInto(prefix + alternative + suffix, out);
                }
                return;
            }
        }
        out.add(word);
    }

    private static int matchingBrace(String word, int open) {
        int depth = 0;
        for (int i = open; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The alternatives inside one brace pair, or null when the braces are literal ({@code {x}}). */
    private static List<String> alternatives(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        if (parts.size() > 1) {
            return parts;
        }
        return numericRange(body);
    }

    private static List<String> numericRange(String body) {
        Matcher m = Pattern.compile("(-?\\d+)\\.\\.(-?\\d+)(?:\\.\\.(-?\\d+))?").matcher(body);
        if (!m.matches()) {
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        int step = m.group(3) == null ? 1 : Math.max(1, Math.abs(Integer.parseInt(m.group(3))));
        if (Math.abs((long) to - from) / step > MAX_EXPANSION) {
            throw new IllegalArgumentException("the range {" + body + "} is too large");
        }
        List<String> values = new ArrayList<>();
        if (from <= to) {
            for (int v = from; v <= to; v += step) {
                values.add(Integer.toString(v));
            }
        } else {
            for (int v = from; v >= to; v -= step) {
                values.add(Integer.toString(v));
            }
        }
        return values;
    }

    /** Python's fnmatch.translate, for the subset of syntax it defines. */
    static String translate(String glob) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        int n = glob.length();
        while (i < n) {
            char c = glob.charAt(i++);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[') {
                int j = i;
                if (j < n && glob.charAt(j) == '!') {
                    j++;
                }
                if (j < n && glob.charAt(j) == ']') {
                    j++;
                }
                while (j < n && glob.charAt(j) != ']') {
                    j++;
                }
                if (j >= n) {
                    regex.append("\\[");
                } else {
                    String set = glob.substring(i, j).replace("\\", "\\\\");
                    i = j + 1;
                    if (set.startsWith("!")) {
                        set = "^" + set.substring(1);
                    } else if (set.startsWith("^")) {
                        set = "\\" + set;
                    }
                    regex.append('[').append(set.replace("[", "\\[")).append(']');
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
