package dev.wheelhouse.sccache;

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

    private static final byte[][][] BY_FIRST_BYTE = index(LEADING_PHRASES);

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
        byte[][] candidates = BY_FIRST_BYTE[b[s] & 0xFF];
        if (candidates == null) {
            return false;
        }
        for (byte[] phrase : candidates) {
            if (startsWith(b, s, end, phrase)) {
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

    /** Whether {@code phrase} occurs anywhere in {@code b[from, to)}. */
    static boolean contains(byte[] b, int from, int to, byte[] phrase) {
        int last = to - phrase.length;
        byte first = phrase[0];
        for (int i = from; i <= last; i++) {
            if (b[i] == first && startsWith(b, i, to, phrase)) {
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
        if (end - s < 21 || b[s + 4] != '-' || b[s + 7] != '-' || b[s + 10] != 'T' || b[s + 13] != ':'
                || !isDigit(b[s]) || !isDigit(b[s + 3])) {
            return s;
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

    private static byte[][][] index(List<String> phrases) {
        List<List<byte[]>> lists = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            lists.add(null);
        }
        for (String phrase : phrases) {
            byte[] bytes = phrase.getBytes(StandardCharsets.UTF_8);
            int first = bytes[0] & 0xFF;
            if (lists.get(first) == null) {
                lists.set(first, new ArrayList<>());
            }
            lists.get(first).add(bytes);
        }
        byte[][][] table = new byte[256][][];
        for (int i = 0; i < 256; i++) {
            if (lists.get(i) != null) {
                table[i] = lists.get(i).toArray(byte[][]::new);
            }
        }
        return table;
    }
}
