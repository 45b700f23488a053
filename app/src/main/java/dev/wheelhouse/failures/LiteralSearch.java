package dev.wheelhouse.failures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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

    /** Each ASCII character's class: 0 for one no string holds (it restarts the match), else 1 + its index. */
    private final int[] classOf = new int[ALPHABET];
    private final int classes;
    /** The automaton: the state after {@code state} reads a character of class {@code k} is {@code next[state * classes + k]}. */
    private final int[] next;
    private final int[][] output;
    private final int literals;
    /**
     * For {@link #anyIn}: a byte's class, 0 for NUL (passed over), 1 for ESC (a sequence skipped),
     * 2 + its character's class otherwise (2: a byte no string holds).
     */
    private final int[] byteClass = new int[256];
    private final int byteClasses;
    /**
     * For {@link #anyIn}: from a state's offset ({@code state * byteClasses}) and a byte's class,
     * the next state's offset, or -1 when a string ends there. One dependent load per byte.
     */
    private final int[] untilFound;
    private final PairPrefilter pairs;

    LiteralSearch(List<String> strings) {
        int kinds = 1;
        for (String s : strings) {
            if (s.isEmpty() || !s.chars().allMatch(c -> c < ALPHABET)) {
                throw new IllegalArgumentException("literals are non-empty ASCII: '" + s + "'");
            }
            for (int i = 0; i < s.length(); i++) {
                if (classOf[s.charAt(i)] == 0) {
                    classOf[s.charAt(i)] = kinds++;
                }
            }
        }
        this.classes = kinds;
        this.literals = strings.size();
        int capacity = 1 + strings.stream().mapToInt(String::length).sum();
        int[] trie = new int[capacity * classes];
        Arrays.fill(trie, -1);
        int states = 1;
        int[] endsAt = new int[strings.size()];
        for (int id = 0; id < strings.size(); id++) {
            int state = 0;
            String literal = strings.get(id);
            for (int i = 0; i < literal.length(); i++) {
                int k = classOf[literal.charAt(i)];
                if (trie[state * classes + k] < 0) {
                    trie[state * classes + k] = states++;
                }
                state = trie[state * classes + k];
            }
            endsAt[id] = state;
        }
        List<List<Integer>> ends = new ArrayList<>(states);
        for (int st = 0; st < states; st++) {
            ends.add(new ArrayList<>(0));
        }
        for (int id = 0; id < endsAt.length; id++) {
            ends.get(endsAt[id]).add(id);
        }
        int[] fail = new int[states];
        next = new int[states * classes];
        int[] queue = new int[states];
        int head = 0;
        int tail = 0;
        for (int k = 1; k < classes; k++) {
            int child = trie[k];
            next[k] = Math.max(child, 0);
            if (child > 0) {
                queue[tail++] = child;
            }
        }
        while (head < tail) {
            int state = queue[head++];
            ends.get(state).addAll(ends.get(fail[state]));
            for (int k = 1; k < classes; k++) {
                int child = trie[state * classes + k];
                if (child > 0) {
                    fail[child] = next[fail[state] * classes + k];
                    next[state * classes + k] = child;
                    queue[tail++] = child;
                } else {
                    next[state * classes + k] = next[fail[state] * classes + k];
                }
            }
        }
        output = new int[states][];
        for (int st = 0; st < states; st++) {
            List<Integer> found = ends.get(st);
            output[st] = found.isEmpty() ? new int[0] : found.stream().mapToInt(Integer::intValue).distinct().toArray();
        }
        byteClasses = classes + 2;
        for (int c = 0; c < 256; c++) {
            byteClass[c] = c == 0 ? 0 : c == 0x1B ? 1 : 2 + classOf(c);
        }
        pairs = new PairPrefilter(strings);
        untilFound = new int[states * byteClasses];
        for (int st = 0; st < states; st++) {
            for (int k = 0; k < classes; k++) {
                int to = next[st * classes + k];
                untilFound[st * byteClasses + 2 + k] = output[to].length > 0 ? -1 : to * byteClasses;
            }
        }
    }

    /** The class of a byte or character: 0 for anything outside the strings' characters (and beyond ASCII). */
    private int classOf(int c) {
        return c < ALPHABET ? classOf[c] : 0;
    }

    /**
     * Whether the UTF-8 bytes {@code b[from, to)}, read as {@link dev.wheelhouse.logs.Ansi#strip}
     * reads their decoded text (escape sequences and NULs left out), hold one of the strings: true
     * whenever {@link #find} of that text is not empty, and on a few more (a string that leading
     * or trailing blanks, which a reader strips, would have broken).
     */
    boolean anyIn(byte[] b, int from, int to) {
        return pairs.mayHold(b, from, to) && automatonFinds(b, from, to);
    }

    private boolean automatonFinds(byte[] b, int from, int to) {
        int at = 0;
        int i = from;
        while (i < to) {
            int k = byteClass[b[i] & 0xFF];
            if (k < 2) {
                i = k == 1 ? afterEscape(b, i, to) : i + 1;
                continue;
            }
            at = untilFound[at + k];
            if (at < 0) {
                return true;
            }
            i++;
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
            state = next[state * classes + classOf(text.charAt(i))];
            for (int id : output[state]) {
                found.set(id);
            }
        }
        return found;
    }
}
