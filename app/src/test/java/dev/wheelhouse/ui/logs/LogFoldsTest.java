package dev.wheelhouse.ui.logs;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogFoldsTest {

    @Test
    void aFoldedSectionShowsItsHeaderAloneAndTheLinesAfterItMoveUp() {
        LogFolds folds = new LogFolds();
        // Lines 0-9; sections 2..5 and 7..8.
        folds.setSections(new int[] {2, 7}, new int[] {5, 8});
        assertEquals(10, folds.rowCount(10));
        assertTrue(folds.toggle(2));
        assertEquals(7, folds.rowCount(10));
        assertEquals(List.of(0, 1, 2, 6, 7, 8, 9), rows(folds, 10));
        assertEquals(2, folds.rowOf(4), "a folded line is at its header's row");
        assertTrue(folds.isFolded(2));
        assertFalse(folds.toggle(3), "no section starts at line 3");
        folds.setSections(new int[] {2, 7, 9}, new int[] {5, 8, 9});
        assertFalse(folds.isFoldable(9), "a one-line section has nothing to fold");
        assertFalse(folds.toggle(9));
        assertTrue(folds.isFoldable(2));
        assertTrue(folds.toggle(2));
        assertTrue(folds.reveal(4));
        assertEquals(10, folds.rowCount(10));
        assertFalse(folds.reveal(4), "nothing hides it any more");
    }

    @Test
    void foldingAllLeavesOnlyHeadersOfSections() {
        LogFolds folds = new LogFolds();
        folds.setSections(new int[] {0, 4}, new int[] {3, 9});
        folds.foldAll(true);
        assertEquals(List.of(0, 4), rows(folds, 10));
        folds.foldAll(false);
        assertEquals(10, folds.rowCount(10));
    }

    /** Any sections, any folds: rows list exactly the lines outside folded sections, in order, and map back. */
    @Property(tries = 300)
    void rowsAreTheUnfoldedLinesInOrder(@ForAll @IntRange(min = 1, max = 400) int lines, @ForAll long seed) {
        Random random = new Random(seed);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int at = 0;
        while (at < lines) {
            at += random.nextInt(5);
            if (at >= lines) {
                break;
            }
            int end = Math.min(lines - 1, at + random.nextInt(8));
            starts.add(at);
            ends.add(end);
            at = end + 1;
        }
        LogFolds folds = new LogFolds();
        folds.setSections(starts.stream().mapToInt(i -> i).toArray(), ends.stream().mapToInt(i -> i).toArray());
        List<Integer> expected = new ArrayList<>();
        boolean[] hidden = new boolean[lines];
        for (int i = 0; i < starts.size(); i++) {
            if (random.nextBoolean() && folds.toggle(starts.get(i))) {
                for (int line = starts.get(i) + 1; line <= ends.get(i); line++) {
                    hidden[line] = true;
                }
            }
        }
        for (int line = 0; line < lines; line++) {
            if (!hidden[line]) {
                expected.add(line);
            }
        }
        assertEquals(expected, rows(folds, lines));
        for (int row = 0; row < expected.size(); row++) {
            assertEquals(row, folds.rowOf(expected.get(row)));
        }
    }

    private static List<Integer> rows(LogFolds folds, int lines) {
        List<Integer> out = new ArrayList<>();
        for (int row = 0; row < folds.rowCount(lines); row++) {
            out.add(folds.lineOf(row));
        }
        return out;
    }
}
