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

    @Test
    void twoFarApartChangesInATwentyThousandLineFileDiffInLinearSpace() {
        // The n × m table this replaced needed 1.6 GB here (issue 11, item 10); the test JVM has 1 GB.
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 20_000; i++) {
            before.append("      - step ").append(i).append('\n');
        }
        String after = before.toString().replace("      - step 10\n", "      - step ten\n")
                .replace("      - step 19990\n", "      - step 19990\n      - added\n");
        String diff = UnifiedDiff.of(before.toString(), after, "a", "b");
        assertEquals(2, diff.lines().filter(l -> l.startsWith("@@")).count(), diff);
        assertTrue(diff.contains("@@ -7,7 +7,7 @@\n       - step 7\n       - step 8\n       - step 9\n-      - step 10\n"
                + "+      - step ten\n"), diff);
        assertTrue(diff.contains("@@ -19988,6 +19988,7 @@\n"), diff);
        assertTrue(diff.contains("+      - added\n"), diff);
    }
}
