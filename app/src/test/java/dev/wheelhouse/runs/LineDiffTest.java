package dev.wheelhouse.runs;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", LineDiff.unified("a\nb\n", "a\nb\n", "a", "b"));
    }

    @Test
    void aChangedLineShowsWithThreeLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assertEquals("--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n",
                LineDiff.unified(before, after, "a", "b"));
    }

    @Test
    void distantChangesMakeSeparateHunksAndNearOnesOne() {
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            before.append(i).append('\n');
        }
        String after = before.toString().replaceFirst("\n2\n", "\ntwo\n").replace("\n18\n", "\n18\n18b\n");
        String diff = LineDiff.unified(before.toString(), after, "a", "b");
        assertEquals("--- a\n+++ b\n@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n@@ -16,5 +16,6 @@\n 16\n 17\n 18\n+18b\n 19\n 20\n",
                diff);
    }

    @Test
    void linesAddedAtTheStartOfAnEmptyFileCountFromZero() {
        assertEquals("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n", LineDiff.unified("", "x\ny\n", "a", "b"));
    }
}
