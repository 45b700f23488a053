package dev.wheelhouse.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the lines above a line by scanning its bytes backwards for newlines, only when a reader
 * asks: nothing is noted per line on the way, so a reader that jumps from line to line (the
 * parallel pass) finds the same lines as one that read every line. A line is found when it starts
 * within {@code window} bytes above the line asked about (above the end of the log, for its last
 * lines): both kinds of reader hold those bytes.
 */
final class LineLookback {

    private final int window;
    private final int maxLineBytes;

    LineLookback(int window, int maxLineBytes) {
        this.window = window;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Up to {@code n} lines right above the line starting at {@code start}, oldest first, as
     * {@link LogReader#content()} gives them.
     *
     * @param firstLine the index where the log's first line starts, or a negative number when
     *                  {@code buf} does not reach back to it
     */
    List<String> above(byte[] buf, int firstLine, int start, int n, int maxBytes) {
        return above(buf, firstLine, start, n, start - window, maxBytes);
    }

    /**
     * Up to {@code n} lines ending with the last one, which starts at {@code lastStart} and ends at
     * {@code lastEnd}, among those that start within the window above {@code end}, the log's end.
     */
    List<String> last(byte[] buf, int firstLine, int lastStart, int lastEnd, int end, int n, int maxBytes) {
        int lowest = end - window;
        if (n <= 0 || lastStart < Math.max(0, lowest)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(above(buf, firstLine, lastStart, n - 1, lowest, maxBytes));
        lines.add(text(buf, lastStart, lastEnd, maxBytes));
        return lines;
    }

    private List<String> above(byte[] buf, int firstLine, int start, int n, int lowest, int maxBytes) {
        int[] found = bounds(buf, firstLine, start, n, lowest);
        List<String> lines = new ArrayList<>(found.length / 2);
        for (int k = 0; k < found.length; k += 2) {
            lines.add(text(buf, found[k], found[k + 1], maxBytes));
        }
        return lines;
    }

    /**
     * A line's own text from its start and where it ends: cut at the limit, CR and NULs dropped, no
     * colour codes, decoded from at most {@code maxBytes} bytes of it.
     */
    String text(byte[] buf, int s, int lineEnd, int maxBytes) {
        int e = Math.min(lineEnd, s + maxLineBytes);
        int content = Math.min(LinePrefix.contentStart(buf, s, e), e);
        while (e > content && (buf[e - 1] == '\r' || buf[e - 1] == 0)) {
            e--;
        }
        int from = Math.min(LinePrefix.contentStart(buf, s, e), e);
        int to = Math.min(e, from + Math.max(0, maxBytes));
        return LogLineView.decode(buf, from, to);
    }

    /**
     * The lines above {@code start} that start at or after {@code lowest}, as pairs of start and
     * end (just before the newline), oldest first.
     */
    private int[] bounds(byte[] buf, int firstLine, int start, int n, int lowest) {
        int[] found = new int[2 * Math.max(0, n)];
        int count = 0;
        int low = Math.max(0, lowest - 1);
        int lineStart = start;
        while (count < n && lineStart != firstLine && lineStart - 1 >= low) {
            int end = lineStart - 1;                 // the newline that ends the line above
            int bottom = firstLine >= 0 ? Math.max(low, firstLine) : low;
            int i = LineEnds.lastNewline(buf, bottom, end);
            int s;
            if (i >= 0) {
                s = i + 1;
            } else if (firstLine >= 0 && firstLine >= lowest && firstLine <= end) {
                s = firstLine;
            } else {
                break;   // it starts too far above, or before the bytes still held
            }
            found[2 * count] = s;
            found[2 * count + 1] = end;
            count++;
            lineStart = s;
        }
        int[] oldestFirst = new int[2 * count];
        for (int k = 0; k < count; k++) {
            oldestFirst[2 * k] = found[2 * (count - 1 - k)];
            oldestFirst[2 * k + 1] = found[2 * (count - 1 - k) + 1];
        }
        return oldestFirst;
    }
}
