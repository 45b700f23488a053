package dev.wheelhouse.logs;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Where a raw log line's own text begins, found by looking at bytes: after GitHub's timestamp
 * ({@code 2024-03-01T12:00:00.1234567Z }, actions/runner {@code src/Runner.Common/Logging.cs}) and
 * a syslog-style one ({@code Dec 27 18:22:50 }); and where its first visible character is, past
 * blanks, NULs, ANSI colour codes and a docker build step's {@code #7 0.696 } prefix. Nothing here
 * reads past {@code limit} or across a newline.
 */
final class LinePrefix {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** GitHub's usual stamp, 29 bytes; digits are checked by their high nibble (0x3_), so no newline can pass. */
    static final int GITHUB_STAMP = 29;
    private static final Stamp GITHUB = Stamp.of("dddd-dd-ddTdd:dd:dd.dddddddZ ");
    private static final Stamp SYSLOG = Stamp.of("Ull sd dd:dd:dd ");

    private LinePrefix() {
    }

    /** The offset after a GitHub and then a syslog timestamp at {@code p}, when there are any. */
    static int contentStart(byte[] b, int p, int limit) {
        int s = p;
        if (limit - s >= GITHUB_STAMP && matches(b, s, GITHUB)) {
            s += GITHUB_STAMP;
        } else if (limit - s >= 21 && b[s + 10] == 'T') {
            s = otherGitHubStamp(b, s, limit);
        }
        if (limit - s >= SYSLOG.length && matches(b, s, SYSLOG)) {
            s += SYSLOG.length;
        }
        return s;
    }

    /** The first visible character at or after {@code s}: blanks, NULs, colour codes and a docker step prefix skipped. */
    static int bodyStart(byte[] b, int s, int limit) {
        while (s < limit) {
            byte c = b[s];
            if (c == ' ' || c == '\t' || c == 0) {
                s++;
            } else if (c == 0x1B) {
                s = afterEscape(b, s, limit);
            } else if (c == '#' && s + 1 < limit && isDigit(b[s + 1])) {
                int after = afterDockerStep(b, s, limit);
                if (after == s) {
                    return s;
                }
                s = after;
            } else {
                return s;
            }
        }
        return limit;
    }

    /** Past one escape sequence: CSI ({@code ESC [ params final}) or a two-byte one; never past a newline. */
    static int afterEscape(byte[] b, int s, int limit) {
        if (s + 1 >= limit || b[s + 1] == '\n') {
            return s + 1;
        }
        if (b[s + 1] != '[') {
            return s + 2;
        }
        int i = s + 2;
        while (i < limit && (b[i] < 0x40 || b[i] > 0x7E) && b[i] != '\n') {
            i++;
        }
        return i < limit && b[i] != '\n' ? i + 1 : i;
    }

    /**
     * BuildKit's plain progress prefix: {@code #<step> <seconds>.<fraction> } (or just
     * {@code #<step> } before a step's title). Returns {@code s} when it is not one.
     */
    private static int afterDockerStep(byte[] b, int s, int limit) {
        int i = s + 1;
        while (i < limit && isDigit(b[i])) {
            i++;
        }
        if (i >= limit || b[i] != ' ' || i - s > 6) {
            return s;
        }
        int j = i + 1;
        int digits = j;
        while (j < limit && isDigit(b[j])) {
            j++;
        }
        if (j > digits && j < limit && b[j] == '.') {
            int fraction = ++j;
            while (j < limit && isDigit(b[j])) {
                j++;
            }
            if (j > fraction && j < limit && b[j] == ' ') {
                return j + 1;
            }
        }
        return i + 1;
    }

    /** A GitHub-style stamp with another number of fraction digits (or none): {@code 2024-03-01T12:00:00.12Z }. */
    private static int otherGitHubStamp(byte[] b, int s, int limit) {
        if (b[s + 4] != '-' || b[s + 7] != '-' || b[s + 13] != ':' || !isDigit(b[s]) || !isDigit(b[s + 3])) {
            return s;
        }
        int z = s + 19;
        int end = Math.min(limit, s + 40);
        while (z < end && b[z] != 'Z' && b[z] != '\n') {
            z++;
        }
        if (z >= end || b[z] != 'Z') {
            return s;
        }
        z++;
        return z < limit && b[z] == ' ' ? z + 1 : z;
    }

    /** One compare per eight bytes; GitHub's stamp (the hot case) is written out. */
    private static boolean matches(byte[] b, int s, Stamp stamp) {
        long[] m = stamp.masks;
        long[] v = stamp.values;
        if (stamp == GITHUB) {
            return (((long) LONGS.get(b, s) & m[0]) == v[0])
                    & (((long) LONGS.get(b, s + 8) & m[1]) == v[1])
                    & (((long) LONGS.get(b, s + 16) & m[2]) == v[2])
                    & (((long) LONGS.get(b, s + GITHUB_STAMP - 8) & m[3]) == v[3]);
        }
        for (int w = 0; w < m.length; w++) {
            int at = w == m.length - 1 ? s + stamp.length - 8 : s + 8 * w;
            if (((long) LONGS.get(b, at) & m[w]) != v[w]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A fixed-width stamp as mask and value words: {@code d} a digit (0x30–0x3F), {@code s} a
     * digit or a space (a day of month padded with a space), {@code U}/{@code l} an upper/lower-case
     * letter, anything else itself. The last word overlaps the one before when the length is no
     * multiple of 8.
     */
    private record Stamp(int length, long[] masks, long[] values) {

        static Stamp of(String pattern) {
            int n = pattern.length();
            int words = (n + 7) / 8;
            long[] masks = new long[words];
            long[] values = new long[words];
            for (int w = 0; w < words; w++) {
                int from = w == words - 1 ? n - 8 : 8 * w;
                for (int i = 0; i < 8; i++) {
                    char c = pattern.charAt(from + i);
                    long m;
                    long v;
                    switch (c) {
                        case 'd' -> { m = 0xF0; v = 0x30; }
                        case 's' -> { m = 0xE0; v = 0x20; }
                        case 'U' -> { m = 0xE0; v = 0x40; }
                        case 'l' -> { m = 0xE0; v = 0x60; }
                        default -> { m = 0xFF; v = c; }
                    }
                    masks[w] |= m << (8 * i);
                    values[w] |= v << (8 * i);
                }
            }
            return new Stamp(n, masks, values);
        }
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
