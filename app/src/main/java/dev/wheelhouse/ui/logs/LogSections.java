package dev.wheelhouse.ui.logs;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * A job log's foldable sections. A job log has no step names, only the header where a step begins
 * ({@code ##[group]Run …}, {@code Post job cleanup.}, {@code Cleaning up orphan processes}): a
 * step's section runs from its header to the line before the next one, so folding a step hides its
 * output, as GitHub's own step list does. A log without step headers (a single step's log) folds
 * its {@code ##[group]} … {@code ##[endgroup]} blocks instead; a block left open ends where the
 * next begins, or at the last line, and an {@code ##[endgroup]} with no open block is a line.
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
        IntList steps = new IntList();
        int open = -1;
        for (int i = 0; i < count && !cancelled.getAsBoolean(); i++) {
            String raw = log.line(i);
            // A downloaded log begins with a byte-order mark.
            String body = LogLineStyle.text(raw.startsWith("\uFEFF") ? raw.substring(1) : raw, false);
            if (isStepHeader(body)) {
                steps.add(i);
            }
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
        if (steps.size > 0) {
            int[] heads = steps.toArray();
            int[] lasts = new int[heads.length];
            for (int i = 0; i < heads.length; i++) {
                lasts[i] = i + 1 < heads.length ? heads[i + 1] - 1 : count - 1;
            }
            return new LogSections(heads, lasts);
        }
        return starts.size == 0 ? NONE : new LogSections(starts.toArray(), ends.toArray());
    }

    private static boolean isStepHeader(String body) {
        return body.startsWith("##[group]Run ") || body.equals("Post job cleanup.")
                || body.startsWith("Cleaning up orphan processes");
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
