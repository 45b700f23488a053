package dev.wheelhouse.logs;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Finds where a line ends, eight bytes at a time (the "has zero byte" trick on
 * {@code word ^ 0x0A…}), and in the same pass whether the line holds an anchor: a pair of
 * letters, case aside. One search per line of the log: this is the reader's hot loop.
 */
final class LineEnds {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOWER_CASE = 0x2020202020202020L;
    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;

    private final int anchors;
    /** One anchor of one letter twice ("rr"), found with one compare a word. */
    private final boolean doubled;
    private final long first0;
    private final long second0;
    private final long first1;
    private final long second1;
    private boolean anchorHit;

    /** @param anchors up to two pairs of lower-case letters */
    LineEnds(List<String> anchors) {
        this.anchors = anchors.size();
        this.first0 = this.anchors > 0 ? repeated(anchors.get(0).charAt(0)) : 0;
        this.second0 = this.anchors > 0 ? repeated(anchors.get(0).charAt(1)) : 0;
        this.first1 = this.anchors > 1 ? repeated(anchors.get(1).charAt(0)) : 0;
        this.second1 = this.anchors > 1 ? repeated(anchors.get(1).charAt(1)) : 0;
        this.doubled = this.anchors == 1 && anchors.get(0).charAt(0) == anchors.get(0).charAt(1);
    }

    /** Whether the last search saw an anchor before the newline it found. */
    boolean anchorHit() {
        return anchorHit;
    }

    /**
     * Which byte of a word holds {@code lowest}, a single flag bit (a byte's high bit): C1, which
     * compiles the launcher's code, calls {@code Long.numberOfTrailingZeros} out of line, twice
     * deep, once a line; a multiply is inline. {@code (1 << 8k) * 0x0001020304050607} has k in
     * its top byte.
     */
    static int byteOf(long lowest) {
        return (int) (((lowest >>> 7) * 0x0001020304050607L) >>> 56);
    }

    private static long repeated(char letter) {
        return ONES * letter;
    }

    /**
     * First newline in {@code buf[from, to)}, or -1; afterwards {@link #anchorHit()} says whether
     * an anchor occurs before it (anywhere in the range when there is none).
     */
    int find(byte[] buf, int from, int to) {
        return switch (anchors) {
            case 0 -> newlineOnly(buf, from, to);
            case 1 -> doubled ? newlineAndDoubledAnchor(buf, from, to) : newlineAndAnchor(buf, from, to);
            default -> newlineAndAnchors(buf, from, to);
        };
    }

    private int newlineOnly(byte[] buf, int from, int to) {
        anchorHit = false;
        return newline(buf, from, to);
    }

    /** First newline in {@code buf[from, to)}, or -1: for the rest of a cut line, where anchors no longer count. */
    static int newline(byte[] buf, int from, int to) {
        int i = from;
        // Four words a step with one branch (the rest of a minified line runs to 100 KB and more).
        // The cheap test flags every newline and some other bytes (any with the high bit set), so
        // a flagged step is looked at again word by word, exactly.
        int lastBlock = to - 32;
        while (i <= lastBlock) {
            long a = (long) LONGS.get(buf, i) ^ NEWLINES;
            long b = (long) LONGS.get(buf, i + 8) ^ NEWLINES;
            long c = (long) LONGS.get(buf, i + 16) ^ NEWLINES;
            long d = (long) LONGS.get(buf, i + 24) ^ NEWLINES;
            if ((((a - ONES) | (b - ONES) | (c - ONES) | (d - ONES)) & HIGHS) != 0) {
                for (int w = i; w < i + 32; w += 8) {
                    long x = (long) LONGS.get(buf, w) ^ NEWLINES;
                    long newlines = (x - ONES) & ~x & HIGHS;
                    if (newlines != 0) {
                        return w + byteOf(newlines & -newlines);
                    }
                }
            }
            i += 32;
        }
        int last = to - 8;
        while (i <= last) {
            long x = (long) LONGS.get(buf, i) ^ NEWLINES;
            long newlines = (x - ONES) & ~x & HIGHS;
            if (newlines != 0) {
                return i + byteOf(newlines & -newlines);
            }
            i += 8;
        }
        for (; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Last newline in {@code buf[from, to)}, or -1: for the lines above a line, found backwards
     * eight bytes at a time (a minified line above a failure runs to 100 KB).
     */
    static int lastNewline(byte[] buf, int from, int to) {
        int i = to - 8;
        while (i >= from) {
            long x = (long) LONGS.get(buf, i) ^ NEWLINES;
            if (((x - ONES) & ~x & HIGHS) != 0) {
                // The test may also flag a byte above a real newline: look at this word byte by byte.
                for (int j = i + 7; j >= i; j--) {
                    if (buf[j] == '\n') {
                        return j;
                    }
                }
            }
            i -= 8;
        }
        for (int j = Math.min(i + 7, to - 1); j >= from; j--) {
            if (buf[j] == '\n') {
                return j;
            }
        }
        return -1;
    }

    /*
     * The pair search reads the word at i and the word at i + 1: a byte flagged in both compares
     * is a place where the pair starts. The compares use the exact zero-byte test: the cheaper one
     * flags a byte one above a match too, which made every "rs" (as in lib.rs) an "rr".
     */
    private int newlineAndAnchor(byte[] buf, int from, int to) {
        int i = from;
        int last = to - 9;
        while (i <= last) {
            long w = (long) LONGS.get(buf, i);
            long x = w ^ NEWLINES;
            long newlines = (x - ONES) & ~x & HIGHS;
            long p = (w | LOWER_CASE) ^ first0;
            long q = ((long) LONGS.get(buf, i + 1) | LOWER_CASE) ^ second0;
            long pairs = ~(((p & LOWS) + LOWS) | p | ((q & LOWS) + LOWS) | q | LOWS);
            if (newlines != 0) {
                long lowest = newlines & -newlines;
                anchorHit = (pairs & (lowest - 1)) != 0;
                return i + byteOf(lowest);
            }
            if (pairs != 0) {
                return restAfterHit(buf, i + 8, to);
            }
            i += 8;
        }
        return finishByBytes(buf, i, to, false);
    }

    /**
     * The line holds an anchor before {@code i}: only its end is left to find, at the cheaper
     * newline-only pace (a minified line of 100 KB with "error" in its first words).
     */
    private int restAfterHit(byte[] buf, int i, int to) {
        int nl = newlineOnly(buf, i, to);
        anchorHit = true;
        return nl;
    }

    /*
     * A pair of one letter twice ("rr", in every "error"): one compare a word flags the letter, and
     * a pair is a flagged byte whose next byte is flagged too; across words, the last byte of one
     * and the first of the next.
     */
    private int newlineAndDoubledAnchor(byte[] buf, int from, int to) {
        boolean carry = false;
        int i = from;
        int last = to - 8;
        while (i <= last) {
            long w = (long) LONGS.get(buf, i);
            long x = w ^ NEWLINES;
            long newlines = (x - ONES) & ~x & HIGHS;
            long p = (w | LOWER_CASE) ^ first0;
            long letters = ~(((p & LOWS) + LOWS) | p | LOWS);
            boolean across = carry && (letters & 0x80L) != 0;
            long pairs = letters & (letters >>> 8);
            if (newlines != 0) {
                long lowest = newlines & -newlines;
                anchorHit = across || (pairs & (lowest - 1)) != 0;
                return i + byteOf(lowest);
            }
            if (across || pairs != 0) {
                return restAfterHit(buf, i + 8, to);
            }
            carry = letters < 0;
            i += 8;
        }
        return finishByBytes(buf, i, to, carry && i < to && pairAt(buf, i - 1));
    }

    private int newlineAndAnchors(byte[] buf, int from, int to) {
        int i = from;
        int last = to - 9;
        while (i <= last) {
            long w = (long) LONGS.get(buf, i);
            long w1 = (long) LONGS.get(buf, i + 1) | LOWER_CASE;
            long folded = w | LOWER_CASE;
            long x = w ^ NEWLINES;
            long newlines = (x - ONES) & ~x & HIGHS;
            long p = folded ^ first0;
            long q = w1 ^ second0;
            long r = folded ^ first1;
            long t = w1 ^ second1;
            long pairs = ~(((p & LOWS) + LOWS) | p | ((q & LOWS) + LOWS) | q | LOWS)
                    | ~(((r & LOWS) + LOWS) | r | ((t & LOWS) + LOWS) | t | LOWS);
            if (newlines != 0) {
                long lowest = newlines & -newlines;
                anchorHit = (pairs & (lowest - 1)) != 0;
                return i + byteOf(lowest);
            }
            if (pairs != 0) {
                return restAfterHit(buf, i + 8, to);
            }
            i += 8;
        }
        return finishByBytes(buf, i, to, false);
    }

    private int finishByBytes(byte[] buf, int i, int to, boolean hit) {
        for (; i < to; i++) {
            if (buf[i] == '\n') {
                anchorHit = hit;
                return i;
            }
            if (i + 1 < to && pairAt(buf, i)) {
                hit = true;
            }
        }
        anchorHit = hit;
        return -1;
    }

    private boolean pairAt(byte[] buf, int i) {
        int a = (buf[i] | 0x20) & 0xFF;
        int b = (buf[i + 1] | 0x20) & 0xFF;
        return (a == (int) (first0 & 0xFF) && b == (int) (second0 & 0xFF))
                || (anchors > 1 && a == (int) (first1 & 0xFF) && b == (int) (second1 & 0xFF));
    }
}
