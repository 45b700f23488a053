package dev.wheelhouse.failures;

import java.util.List;

/**
 * Lines around a failure's key line, as the log has them (without timestamps and colour codes).
 *
 * @param firstLine 1-based number of the first line in the log
 * @param keyIndex  where the key line is in {@code lines}, -1 when the excerpt has none (an
 *                  annotation's failure)
 */
public record LogExcerpt(long firstLine, List<String> lines, int keyIndex) {

    /** At most this many lines: the key line with up to 12 above and 7 below. */
    public static final int MAX_LINES = 20;
    public static final LogExcerpt NONE = new LogExcerpt(0, List.of(), -1);

    public LogExcerpt {
        lines = List.copyOf(lines);
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("an excerpt holds at most " + MAX_LINES + " lines");
        }
        if (keyIndex >= lines.size()) {
            throw new IllegalArgumentException("the key line lies outside the excerpt");
        }
    }
}
