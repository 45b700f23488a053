package dev.wheelhouse.failures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A quick "none of these strings can be here" for a line's bytes: each string is represented by
 * the two pairs of adjacent characters in it that are likely rarest in log text (letter
 * frequencies of English, spaces common; capitals, digits and punctuation rare), and a line that
 * holds both pairs of none of the strings holds none of the strings. The pairs are tested at each
 * byte independently of the last, faster than stepping an automaton through the bytes; the
 * automaton then reads only the lines that may hold a string.
 *
 * <p>A line with an escape byte or a NUL may hold a string whose characters an escape sequence
 * separates (the readers skip it), so such a line is always said to maybe hold one. Thread-safe.
 */
final class PairPrefilter {

    private static final int ESC = 0x1B;
    /** A pair that settles it at once: it ends in ESC or NUL, or it alone represents a two-character string. */
    private static final int ENOUGH = -2;
    private static final int NONE = -1;

    /** For each pair {@code (first << 8) | second}: {@link #NONE}, {@link #ENOUGH}, or its first entry. */
    private final int[] firstEntry = new int[1 << 16];
    /** Entries: the string (index) a pair stands for, which of its two pairs it is, and the next entry of the same pair. */
    private final int[] entryString;
    private final int[] entryBit;
    private final int[] nextEntry;
    private final int strings;
    /** False when a string is a single character: there is no pair to look for. */
    private final boolean usable;

    PairPrefilter(List<String> strings) {
        Arrays.fill(firstEntry, NONE);
        List<int[]> entries = new ArrayList<>();
        boolean allPairs = true;
        for (int id = 0; id < strings.size(); id++) {
            String s = strings.get(id);
            if (s.length() < 2) {
                allPairs = false;
                continue;
            }
            int first = rarestPair(s, -1);
            int second = rarestPair(s, first);
            if (second < 0 || pair(s, first) == pair(s, second)) {
                firstEntry[pair(s, first)] = ENOUGH;
                continue;
            }
            entries.add(new int[] {pair(s, first), id, 1});
            entries.add(new int[] {pair(s, second), id, 2});
        }
        for (int c = 0; c < 256; c++) {
            firstEntry[(c << 8) | ESC] = ENOUGH;
            firstEntry[c << 8] = ENOUGH;
        }
        entryString = new int[entries.size()];
        entryBit = new int[entries.size()];
        nextEntry = new int[entries.size()];
        for (int e = 0; e < entries.size(); e++) {
            int[] entry = entries.get(e);
            entryString[e] = entry[1];
            entryBit[e] = entry[2];
            if (firstEntry[entry[0]] == ENOUGH) {
                nextEntry[e] = NONE;
                continue;
            }
            nextEntry[e] = firstEntry[entry[0]];
            firstEntry[entry[0]] = e;
        }
        this.strings = strings.size();
        this.usable = allPairs;
    }

    /** Where in {@code s} the rarest pair starts, other than at {@code except}; -1 when there is none. */
    private static int rarestPair(String s, int except) {
        int best = -1;
        double rarest = Double.MAX_VALUE;
        for (int i = 0; i + 1 < s.length(); i++) {
            double score = frequency(s.charAt(i)) * frequency(s.charAt(i + 1));
            if (i != except && score < rarest) {
                rarest = score;
                best = i;
            }
        }
        return best;
    }

    private static int pair(String s, int at) {
        return (s.charAt(at) << 8) | s.charAt(at + 1);
    }

    /** Whether {@code b[from, to)} may hold one of the strings; false only when it surely holds none. */
    boolean mayHold(byte[] b, int from, int to) {
        if (from >= to) {
            return false;
        }
        if (!usable) {
            return true;
        }
        int prev = b[from] & 0xFF;
        if (prev == ESC || prev == 0) {
            return true;
        }
        byte[] seen = null;
        for (int i = from + 1; i < to; i++) {
            int c = b[i] & 0xFF;
            int entry = firstEntry[(prev << 8) | c];
            prev = c;
            if (entry == NONE) {
                continue;
            }
            if (entry == ENOUGH) {
                return true;
            }
            if (seen == null) {
                seen = new byte[strings];
            }
            for (int e = entry; e != NONE; e = nextEntry[e]) {
                int s = entryString[e];
                seen[s] |= (byte) entryBit[e];
                if (seen[s] == 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Roughly how often a character appears in log text, in percent: the pairs with the lowest products are kept. */
    static double frequency(char c) {
        if (c >= 'a' && c <= 'z') {
            return LETTERS[c - 'a'];
        }
        if (c == ' ') {
            return 15;
        }
        if (c >= 'A' && c <= 'Z') {
            return 0.6;
        }
        if (c >= '0' && c <= '9') {
            return 0.8;
        }
        return switch (c) {
            case '.', '/', '-', '_', ':', '=' -> 1.2;
            default -> 0.3;
        };
    }

    /** English letter frequencies, a to z, in percent. */
    private static final double[] LETTERS = {
        8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.8, 4.0, 2.4,
        6.7, 7.5, 1.9, 0.1, 6.0, 6.3, 9.1, 2.8, 1.0, 2.4, 0.15, 2.0, 0.07};
}
