package dev.wheelhouse.runs;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines, three lines of context, for showing what changed on
 * GitHub since a file was loaded. Common head and tail are cut first; the middle is compared
 * by longest common subsequence, or shown as replaced whole when it is too large for that.
 */
public final class LineDiff {

    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000;

    private LineDiff() {
    }

    /** The diff, empty when the texts are equal. */
    public static String unified(String before, String after, String beforeLabel, String afterLabel) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<char[]> ops = script(a, b);
        if (ops.stream().allMatch(op -> op[0] == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- ").append(beforeLabel).append('\n')
                .append("+++ ").append(afterLabel).append('\n');
        List<String> text = new ArrayList<>();
        int ai = 0;
        int bi = 0;
        for (char[] op : ops) {
            text.add(op[0] == '+' ? "+" + b.get(bi) : op[0] == '-' ? "-" + a.get(ai) : " " + a.get(ai));
            if (op[0] != '+') {
                ai++;
            }
            if (op[0] != '-') {
                bi++;
            }
        }
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            if (ops.get(k)[0] != ' ') {
                changes.add(k);
            }
        }
        int c = 0;
        while (c < changes.size()) {
            int first = changes.get(c);
            int last = first;
            while (c + 1 < changes.size() && changes.get(c + 1) - last <= 2 * CONTEXT) {
                last = changes.get(++c);
            }
            c++;
            int start = Math.max(0, first - CONTEXT);
            int end = Math.min(ops.size(), last + CONTEXT + 1);
            int aStart = 0;
            int bStart = 0;
            for (int k = 0; k < start; k++) {
                aStart += ops.get(k)[0] != '+' ? 1 : 0;
                bStart += ops.get(k)[0] != '-' ? 1 : 0;
            }
            int aLen = 0;
            int bLen = 0;
            for (int k = start; k < end; k++) {
                aLen += ops.get(k)[0] != '+' ? 1 : 0;
                bLen += ops.get(k)[0] != '-' ? 1 : 0;
            }
            out.append("@@ -").append(range(aStart, aLen)).append(" +").append(range(bStart, bLen)).append(" @@\n");
            for (int k = start; k < end; k++) {
                out.append(text.get(k)).append('\n');
            }
        }
        return out.toString();
    }

    private static String range(int start, int length) {
        return (length == 0 ? start : start + 1) + "," + length;
    }

    /** One op per output line: ' ' keep, '-' only in before, '+' only in after. */
    private static List<char[]> script(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<String> am = a.subList(head, a.size() - tail);
        List<String> bm = b.subList(head, b.size() - tail);
        List<char[]> ops = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            ops.add(new char[]{' '});
        }
        if ((long) am.size() * bm.size() > MAX_CELLS) {
            am.forEach(x -> ops.add(new char[]{'-'}));
            bm.forEach(x -> ops.add(new char[]{'+'}));
        } else {
            ops.addAll(lcsScript(am, bm));
        }
        for (int i = 0; i < tail; i++) {
            ops.add(new char[]{' '});
        }
        return ops;
    }

    private static List<char[]> lcsScript(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<char[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new char[]{' '});
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new char[]{'-'});
                i++;
            } else {
                ops.add(new char[]{'+'});
                j++;
            }
        }
        return ops;
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
