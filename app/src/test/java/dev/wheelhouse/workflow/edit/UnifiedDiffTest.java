package dev.wheelhouse.workflow.edit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnifiedDiffTest {

    @Test
    void oneInsertedLineShowsWithThreeLinesOfContext() {
        String before = "a\nb\nc\nd\ne\nf\ng\n";
        String after = "a\nb\nc\nd\nX\ne\nf\ng\n";
        assertEquals("""
                --- a/w.yml
                +++ b/w.yml
                @@ -2,6 +2,7 @@
                 b
                 c
                 d
                +X
                 e
                 f
                 g
                """, UnifiedDiff.of(before, after, "a/w.yml", "b/w.yml"));
    }

    @Test
    void distantChangesMakeSeparateHunks() {
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            before.append("line").append(i).append('\n');
        }
        String after = before.toString().replace("line2\n", "two\n").replace("line28\n", "twenty-eight\n");
        String diff = UnifiedDiff.of(before.toString(), after, "a", "b");
        assertEquals(2, diff.lines().filter(l -> l.startsWith("@@")).count(), diff);
        assertTrue(diff.contains("@@ -1,5 +1,5 @@\n line1\n-line2\n+two\n"), diff);
        assertTrue(diff.contains("@@ -25,6 +25,6 @@"), diff);
    }

    @Test
    void crlfAndLfLinesCompareAsLines() {
        String diff = UnifiedDiff.of("a\r\nb\r\n", "a\r\nc\r\n", "a", "b");
        assertEquals("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n", diff);
    }

    @Test
    void aMissingFinalNewlineIsMarked() {
        String diff = UnifiedDiff.of("a\nb", "a\nc", "a", "b");
        assertTrue(diff.contains("-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"), diff);
    }

    @Test
    void identicalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("same\n", "same\n", "a", "b"));
    }
}
