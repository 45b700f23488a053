package dev.wheelhouse.failures;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Finds which of many fixed strings occur in a line, in one pass over its characters (an
 * Aho–Corasick automaton over ASCII; any other character restarts the match). A failure reader
 * checks a hundred phrases against each line it decodes: one pass instead of a hundred searches.
 * {@link #anyIn(byte[], int, int)} asks the same of a line's raw bytes, so a line that holds none
 * of them need not be decoded at all.
 */
final class LiteralSearch {

    private static final int ALPHABET = 128;

    private final int[] next;
    private final int[][] output;
    private final int literals;
    /** {@link #next} with -1 for a step into a state where a string ends: one load per byte for {@link #anyIn}. */
    private final int[] untilFound;

    LiteralSearch(List<String> strings) {
        for (String s : strings) {
            if (s.isEmpty() || !s.chars().allMatch(c -> c < ALPHABET)) {
                throw new IllegalArgumentException("literals are non-empty ASCII: '" + s + "'");
            }
        }
        this.literals = strings.size();
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(newState());
        ends.add(new ArrayList<>());
        for (int id = 0; id < strings.size(); id++) {
            int state = 0;
            for (char c : strings.get(id).toCharArray()) {
                if (trie.get(state)[c] < 0) {
                    trie.get(state)[c] = trie.size();
                    trie.add(newState());
                    ends.add(new ArrayList<>());
                }
                state = trie.get(state)[c];
            }
            ends.get(state).add(id);
        }
        int states = trie.size();
        int[] fail = new int[states];
        next = new int[states * ALPHABET];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int child = trie.get(0)[c];
            next[c] = Math.max(child, 0);
            if (child > 0) {
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            ends.get(state).addAll(ends.get(fail[state]));
            for (int c = 0; c < ALPHABET; c++) {
                int child = trie.get(state)[c];
                if (child > 0) {
                    fail[child] = next[fail[state] * ALPHABET + c];
                    next[state * ALPHABET + c] = child;
                    queue.add(child);
                } else {
                    next[state * ALPHABET + c] = next[fail[state] * ALPHABET + c];
                }
            }
        }
        output = new int[states][];
        for (int s = 0; s < states; s++) {
            output[s] = ends.get(s).stream().mapToInt(Integer::intValue).distinct().toArray();
        }
        untilFound = new int[next.length];
        for (int i = 0; i < next.length; i++) {
            untilFound[i] = output[next[i]].length > 0 ? -1 : next[i];
        }
    }

    private static int[] newState() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    /**
     * Whether the UTF-8 bytes {@code b[from, to)}, read as {@link dev.wheelhouse.logs.Ansi#strip}
     * reads their decoded text (escape sequences and NULs left out), hold one of the strings: true
     * whenever {@link #find} of that text is not empty, and on a few more (a string that leading
     * or trailing blanks, which a reader strips, would have broken).
     */
    boolean anyIn(byte[] b, int from, int to) {
        int state = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                i++;
            } else if (c == 0x1B) {
                i = afterEscape(b, i, to);
            } else {
                state = c < ALPHABET ? untilFound[state * ALPHABET + c] : 0;
                if (state < 0) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    /**
     * Past the escape sequence at {@code esc}, as the decoded text's would be: {@code ESC [ params
     * final}, or ESC and the one character after it (all the bytes of a multi-byte one).
     */
    private static int afterEscape(byte[] b, int esc, int to) {
        int i = esc + 1;
        if (i >= to) {
            return i;
        }
        if (b[i] != '[') {
            int lead = b[i] & 0xFF;
            i++;
            if (lead >= 0xC0) {
                while (i < to && (b[i] & 0xC0) == 0x80) {
                    i++;
                }
            }
            return i;
        }
        i++;
        while (i < to && (b[i] < 0x40 || b[i] > 0x7E)) {
            i++;
        }
        return Math.min(i + 1, to);
    }

    /** The ids (positions in the list given) of the strings {@code text} holds. */
    BitSet find(CharSequence text) {
        BitSet found = new BitSet(literals);
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            state = c < ALPHABET ? next[state * ALPHABET + c] : 0;
            for (int id : output[state]) {
                found.set(id);
            }
        }
        return found;
    }
}
