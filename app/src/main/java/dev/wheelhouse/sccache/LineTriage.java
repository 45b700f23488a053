package dev.wheelhouse.sccache;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Byte-level look at one raw log line: where its content starts once a UTF-8 byte-order mark and
 * GitHub's timestamp ({@code 2024-03-01T12:00:00.1234567Z }) are skipped, and whether it can
 * matter at all. A line matters only if, after leading blanks and ANSI colour codes, it starts
 * with one of a fixed set of phrases (stats labels, {@code ##[group]}, {@code ::notice},
 * {@code sccache: error}, …). Most log lines fail on their first or second byte, so they are
 * never decoded.
 */
final class LineTriage {

    /** Phrases a line must start with (after blanks and colour codes) to be decoded. */
    static final List<String> LEADING_PHRASES = List.of(
            // text block labels (see TextLabel)
            "Compile requests", "Compilation", "Cache ", "Non-cacheable", "Non-compilation",
            "Forced recaches", "Failed distributed", "Successful distributed",
            "Unsupported compiler", "Use direct/", "Average ", "Version (client)", "Max cache size",
            "Multi-level", "Base directories", "Preprocessor cache", "Direct cache",
            // JSON, notices, step and group markers
            "{", "##[", "::", "Notice:",
            // error output and the context that tells what a job meant to do
            "sccache", "error", "Error", "caused by", "cache url", "Post ", "SCCACHE_", "CIBW_",
            "Starting container", "manylinux");

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** Per first byte, the phrases starting with it; each phrase's first 8 bytes as a masked word. */
    private static final Phrase[][] BY_FIRST_BYTE = index(LEADING_PHRASES);

    private record Phrase(byte[] bytes, long head, long headMask) {

        static Phrase of(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            long head = 0;
            long mask = 0;
            for (int i = 0; i < Math.min(8, bytes.length); i++) {
                head |= (bytes[i] & 0xFFL) << (8 * i);
                mask |= 0xFFL << (8 * i);
            }
            return new Phrase(bytes, head, mask);
        }
    }

    private int contentStart;
    private int bodyStart;

    /**
     * Examines {@code b[start, end)}; afterwards {@link #contentStart()} and {@link #bodyStart()}
     * are set.
     *
     * @return true when the line starts with a phrase that can matter
     */
    boolean examine(byte[] b, int start, int end) {
        int s = start;
        if (end - s >= 3 && b[s] == (byte) 0xEF && b[s + 1] == (byte) 0xBB && b[s + 2] == (byte) 0xBF) {
            s += 3;
        }
        s = skipTimestamp(b, s, end);
        contentStart = s;
        s = skipBlanksAndColours(b, s, end);
        bodyStart = s;
        if (s >= end) {
            return false;
        }
        Phrase[] candidates = BY_FIRST_BYTE[b[s] & 0xFF];
        if (candidates == null) {
            return false;
        }
        if (end - s >= 8) {
            // One masked compare of the first eight bytes rejects nearly every candidate
            // ("Compiling" against "Compile requests"); only a match compares the rest.
            long word = (long) LONGS.get(b, s);
            for (Phrase phrase : candidates) {
                if ((word & phrase.headMask) == phrase.head
                        && (phrase.bytes.length <= 8 || startsWith(b, s, end, phrase.bytes))) {
                    return true;
                }
            }
            return false;
        }
        for (Phrase phrase : candidates) {
            if (startsWith(b, s, end, phrase.bytes)) {
                return true;
            }
        }
        return false;
    }

    /** Where the line's own text begins: after a byte-order mark and a GitHub timestamp. */
    int contentStart() {
        return contentStart;
    }

    /** Where the first visible character is: after blanks and ANSI colour codes too. */
    int bodyStart() {
        return bodyStart;
    }

    /**
     * Whether {@code phrase} occurs anywhere in {@code b[from, to)}, looking eight bytes at a time
     * for the phrase's byte at {@code anchorIndex} (pick its rarest) and comparing around each hit.
     */
    static boolean contains(byte[] b, int from, int to, byte[] phrase, int anchorIndex) {
        byte anchor = phrase[anchorIndex];
        long anchors = ONES * (anchor & 0xFF);
        int first = from + anchorIndex;
        int last = to - phrase.length + anchorIndex;
        int i = first;
        while (i + 8 <= to && i <= last) {
            long x = (long) LONGS.get(b, i) ^ anchors;
            long hits = (x - ONES) & ~x & HIGHS;
            while (hits != 0) {
                int at = i + (Long.numberOfTrailingZeros(hits) >>> 3);
                if (at <= last && b[at] == anchor && startsWith(b, at - anchorIndex, to, phrase)) {
                    return true;
                }
                hits &= hits - 1;
            }
            i += 8;
        }
        for (; i <= last; i++) {
            if (b[i] == anchor && startsWith(b, i - anchorIndex, to, phrase)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(byte[] b, int at, int end, byte[] phrase) {
        if (end - at < phrase.length) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (b[at + i] != phrase[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * GitHub writes every job-log line as {@code <ISO-8601 UTC with 7 fraction digits>Z <text>}
     * (actions/runner {@code src/Runner.Common/Logging.cs}); other fraction lengths are accepted.
     */
    private static int skipTimestamp(byte[] b, int s, int end) {
        if (end - s < 21 || b[s + 10] != 'T' || b[s + 4] != '-' || b[s + 7] != '-' || b[s + 13] != ':'
                || !isDigit(b[s]) || !isDigit(b[s + 3])) {
            return s;
        }
        if (end - s >= 29 && b[s + 27] == 'Z' && b[s + 28] == ' ') {
            return s + 29;   // the usual seven fraction digits
        }
        int z = s + 19;
        int limit = Math.min(end, s + 40);
        while (z < limit && b[z] != 'Z') {
            z++;
        }
        if (z >= limit) {
            return s;
        }
        z++;
        return z < end && b[z] == ' ' ? z + 1 : z;
    }

    private static int skipBlanksAndColours(byte[] b, int s, int end) {
        while (s < end) {
            byte c = b[s];
            if (c == ' ' || c == '\t') {
                s++;
            } else if (c == 0x1B && s + 1 < end && b[s + 1] == '[') {
                s += 2;
                // CSI: parameter and intermediate bytes, then one final byte in 0x40–0x7E.
                while (s < end && (b[s] < 0x40 || b[s] > 0x7E)) {
                    s++;
                }
                s++;
            } else {
                return s;
            }
        }
        return end;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static Phrase[][] index(List<String> phrases) {
        List<List<Phrase>> lists = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            lists.add(new ArrayList<>());
        }
        for (String text : phrases) {
            Phrase phrase = Phrase.of(text);
            lists.get(phrase.bytes[0] & 0xFF).add(phrase);
        }
        Phrase[][] table = new Phrase[256][];
        for (int i = 0; i < 256; i++) {
            if (!lists.get(i).isEmpty()) {
                table[i] = lists.get(i).toArray(Phrase[]::new);
            }
        }
        return table;
    }
}
