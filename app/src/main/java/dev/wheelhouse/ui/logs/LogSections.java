package dev.wheelhouse.ui.logs;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * A log's step sections as GitHub marks them: from a {@code ##[group]} line to its
 * {@code ##[endgroup]}. A section left open ends where the next begins, or at the last line;
 * an {@code ##[endgroup]} with no open section is an ordinary line.
 *
 * @param starts each section's header line (0-based), ascending
 * @param ends   each section's last line
 */
record LogSections(int[] starts, int[] ends) {

    static final LogSections NONE = new LogSections(new int[0], new int[0]);

    /** One line of the log, as stored (timestamp and colour codes included). */
    interface Lines {
        String line(int index) throws IOException;
    }

    /** Reads every line once (I/O: off the FX thread); stops early, with what it found, when cancelled. */
    static LogSections of(Lines log, int count, BooleanSupplier cancelled) throws IOException {
        IntList starts = new IntList();
        IntList ends = new IntList();
        int open = -1;
        for (int i = 0; i < count && !cancelled.getAsBoolean(); i++) {
            String raw = log.line(i);
            // A downloaded log begins with a byte-order mark.
            String body = LogLineStyle.text(raw.startsWith("\uFEFF") ? raw.substring(1) : raw, false);
            if (body.startsWith("##[group]")) {
                if (open >= 0) {
                    starts.add(open);
                    ends.add(i - 1);
                }
                open = i;
            } else if (body.startsWith("##[endgroup]") && open >= 0) {
                starts.add(open);
                ends.add(i);
                open = -1;
            }
        }
        if (open >= 0) {
            starts.add(open);
            ends.add(count - 1);
        }
        return starts.size == 0 ? NONE : new LogSections(starts.toArray(), ends.toArray());
    }

    /** A growable int array: a log may have thousands of sections, boxed they would be garbage. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
