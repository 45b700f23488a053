package dev.wheelhouse.workflow.edit;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain unified diff of two texts with three lines of context, as {@code diff -u} prints it,
 * for the pending-change view and {@code matrix edit --dry-run}. Lines are compared without
 * their line breaks, so a CRLF file diffs like an LF one.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    public static String of(String before, String after, String fromName, String toName) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<int[]> ops = diff(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(fromName).append('\n').append("+++ ").append(toName).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0] == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < ops.size()) {
                if (ops.get(end)[0] != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            hunk(out, ops, start, end, a, b, endsWithBreak(before), endsWithBreak(after));
            i = end;
        }
        return out.toString();
    }

    /** Each op is {kind, indexInA, indexInB}: ' ' keep, '-' delete, '+' insert. */
    private static void hunk(StringBuilder out, List<int[]> ops, int start, int end, List<String> a, List<String> b,
                             boolean aEnds, boolean bEnds) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        StringBuilder body = new StringBuilder();
        for (int k = start; k < end; k++) {
            int[] op = ops.get(k);
            int ai = op[1];
            int bi = op[2];
            if (aStart < 0) {
                aStart = ai;
                bStart = bi;
            }
            if (op[0] == ' ') {
                body.append(' ').append(a.get(ai)).append('\n');
                aCount++;
                bCount++;
                noNewline(body, ai == a.size() - 1 && !aEnds);
            } else if (op[0] == '-') {
                body.append('-').append(a.get(ai)).append('\n');
                aCount++;
                noNewline(body, ai == a.size() - 1 && !aEnds);
            } else {
                body.append('+').append(b.get(bi)).append('\n');
                bCount++;
                noNewline(body, bi == b.size() - 1 && !bEnds);
            }
        }
        out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
        out.append(body);
    }

    private static void noNewline(StringBuilder body, boolean missing) {
        if (missing) {
            body.append("\\ No newline at end of file\n");
        }
    }

    private static boolean endsWithBreak(String text) {
        return text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
    }

    private static String range(int start, int count) {
        int first = count == 0 ? start : start + 1;
        return count == 1 ? Integer.toString(first) : first + "," + count;
    }

    /**
     * Line ops from java-diff-utils' Myers diff: time O((n + m) d) and space linear in the
     * input for the few changes an edit makes, where the n × m table this replaced ran out of
     * memory on two far-apart changes in a 20,000-line file.
     */
    private static List<int[]> diff(List<String> a, List<String> b) {
        Patch<String> patch = DiffUtils.diff(a, b);
        List<int[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            while (i < sourceAt) {
                ops.add(op(' ', i++, j++));
            }
            for (int k = 0; k < delta.getSource().size(); k++) {
                ops.add(op('-', i++, j));
            }
            for (int k = 0; k < delta.getTarget().size(); k++) {
                ops.add(op('+', i, j++));
            }
        }
        while (i < a.size()) {
            ops.add(op(' ', i++, j++));
        }
        return ops;
    }

    private static int[] op(char kind, int ai, int bi) {
        return new int[] {kind, ai, bi};
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(text.lines().toList());
    }
}
