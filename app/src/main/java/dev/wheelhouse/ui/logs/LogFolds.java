package dev.wheelhouse.ui.logs;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Which lines of a log the viewer shows as rows, with its step sections ({@code ##[group]} …
 * {@code ##[endgroup]}) folded or not. A folded section shows its header line alone. GitHub does
 * not nest groups, so the sections are disjoint and a row's line is its row plus the lines folded
 * away above it: a walk over the folded sections, never over the lines.
 */
final class LogFolds {

    private int[] starts = new int[0];
    private int[] ends = new int[0];
    private final BitSet folded = new BitSet();

    /**
     * The sections: {@code starts[i]} is a header line, {@code ends[i]} the section's last line
     * (its {@code ##[endgroup]}), ascending and disjoint. Every section starts unfolded.
     */
    void setSections(int[] starts, int[] ends) {
        if (starts.length != ends.length) {
            throw new IllegalArgumentException("a start and an end for each section");
        }
        this.starts = starts.clone();
        this.ends = ends.clone();
        folded.clear();
    }

    int sectionCount() {
        return starts.length;
    }

    /** Whether {@code line} heads a section with lines to fold (a one-line section has none). */
    boolean isFoldable(int line) {
        int i = Arrays.binarySearch(starts, line);
        return i >= 0 && ends[i] > starts[i];
    }

    /** Whether {@code line} heads a folded section. */
    boolean isFolded(int line) {
        int i = Arrays.binarySearch(starts, line);
        return i >= 0 && folded.get(i);
    }

    /** The header line of the section holding {@code line}, or -1 when it is in none. */
    int headerOf(int line) {
        int i = Arrays.binarySearch(starts, line);
        if (i >= 0) {
            return line;
        }
        int before = -i - 2;
        return before >= 0 && line <= ends[before] ? starts[before] : -1;
    }

    /** Folds the section {@code header} heads, or unfolds it; false when no section starts there. */
    boolean toggle(int header) {
        int i = Arrays.binarySearch(starts, header);
        if (i < 0 || ends[i] == starts[i]) {
            return false;
        }
        folded.flip(i);
        return true;
    }

    /** Folds every section, or unfolds them all. */
    void foldAll(boolean fold) {
        folded.clear();
        if (fold) {
            for (int i = 0; i < starts.length; i++) {
                if (ends[i] > starts[i]) {
                    folded.set(i);
                }
            }
        }
    }

    /** Unfolds the section that hides {@code line}, if one does; true when something changed. */
    boolean reveal(int line) {
        for (int i = folded.nextSetBit(0); i >= 0 && starts[i] < line; i = folded.nextSetBit(i + 1)) {
            if (line <= ends[i]) {
                folded.clear(i);
                return true;
            }
        }
        return false;
    }

    /** How many rows {@code lineCount} lines take. */
    int rowCount(int lineCount) {
        int rows = lineCount;
        for (int i = folded.nextSetBit(0); i >= 0; i = folded.nextSetBit(i + 1)) {
            rows -= Math.min(ends[i], lineCount - 1) - starts[i];
        }
        return Math.max(0, rows);
    }

    /** The line row {@code row} shows. */
    int lineOf(int row) {
        int line = row;
        for (int i = folded.nextSetBit(0); i >= 0 && starts[i] < line; i = folded.nextSetBit(i + 1)) {
            line += ends[i] - starts[i];
        }
        return line;
    }

    /** The row that shows {@code line}; a folded line's section header's row. */
    int rowOf(int line) {
        int row = line;
        for (int i = folded.nextSetBit(0); i >= 0 && starts[i] < line; i = folded.nextSetBit(i + 1)) {
            if (line <= ends[i]) {
                return row - (line - starts[i]);
            }
            row -= ends[i] - starts[i];
        }
        return row;
    }
}
