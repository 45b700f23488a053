package dev.wheelhouse.workflow.yaml;

import java.util.Arrays;

/**
 * The user's text with the lookups an editor needs: char offsets from SnakeYAML's code point
 * indexes, lines, columns and the file's own line break.
 *
 * <p>SnakeYAML Engine counts marks in code points while Java strings count UTF-16 chars, so an
 * emoji in a comment would shift every later offset by one if used directly.
 */
public final class SourceText {

    private final String text;
    /** Char offset of each code point index; null when every code point is one char. */
    private final int[] charOfCodePoint;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = text;
        this.charOfCodePoint = mapCodePoints(text);
        this.lineStarts = findLineStarts(text);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The char offset of the code point with the given index (as SnakeYAML's marks count). */
    public int charOffset(int codePointIndex) {
        if (charOfCodePoint == null) {
            return Math.min(codePointIndex, text.length());
        }
        if (codePointIndex >= charOfCodePoint.length) {
            return text.length();
        }
        return charOfCodePoint[codePointIndex];
    }

    /** 0-based line of a char offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Char offset where a 0-based line starts. */
    public int lineStart(int line) {
        return lineStarts[line];
    }

    /** Char offset of the end of a line's content, before its line break. */
    public int lineContentEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > lineStarts[line] && isBreak(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Char offset where the next line starts (or the end of the text). */
    public int lineEndWithBreak(int line) {
        return line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    }

    /** 1-based column of a char offset, in code points as a user counts them. */
    public int column(int offset) {
        int start = lineStarts[lineOf(offset)];
        // Counting code points along the line would make a line of n nodes cost n² (issue 11, item 8).
        int column = codePointIndex(offset) - codePointIndex(start) + 1;
        // A byte order mark is not a column the user sees.
        return start == 0 && offset > 0 && text.charAt(0) == '\uFEFF' ? column - 1 : column;
    }

    /** The code point index of a char offset (the inverse of {@link #charOffset}), in O(log n). */
    int codePointIndex(int offset) {
        if (charOfCodePoint == null) {
            return offset;
        }
        int i = Arrays.binarySearch(charOfCodePoint, offset);
        // Inside a surrogate pair: the pair's code point.
        return i >= 0 ? i : -i - 2;
    }

    /** The leading spaces of the line holding the offset. */
    public String indentOfLine(int line) {
        int start = lineStarts[line];
        int i = start;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.substring(start, i);
    }

    /** The file's line break: CRLF when its first line ends so, else LF. */
    public String lineBreak() {
        int lf = text.indexOf('\n');
        if (lf > 0 && text.charAt(lf - 1) == '\r') {
            return "\r\n";
        }
        if (lf < 0 && text.indexOf('\r') >= 0) {
            return "\r";
        }
        return "\n";
    }

    /** True when the text before {@code offset} on its line is only spaces. */
    public boolean onlySpacesBefore(int offset) {
        int start = lineStarts[lineOf(offset)];
        for (int i = start; i < offset; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static int[] mapCodePoints(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates) {
            return null;
        }
        int[] map = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            map[cp++] = i;
        }
        map[cp] = text.length();
        return map;
    }

    private static int[] findLineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
