package dev.wheelhouse.logs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** GitHub's timestamp at the start of a raw job-log line ({@code 2024-03-01T12:00:00.1234567Z }). */
public final class LogStamps {

    private LogStamps() {
    }

    /** The line's time, or null when it has no GitHub timestamp. */
    public static Instant parse(String raw) {
        int z = raw.indexOf('Z');
        if (raw.length() < 20 || raw.charAt(10) != 'T' || z < 19 || z > 38) {
            return null;
        }
        Instant usual = usual(raw, z);
        if (usual != null) {
            return usual;
        }
        try {
            return Instant.parse(raw.substring(0, z + 1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The runner's own form, {@code yyyy-MM-ddTHH:mm:ss.fffffffZ}, read digit by digit (a failure
     * reader stamps every candidate it finds); null for anything else, which {@link Instant#parse} reads.
     */
    private static Instant usual(String raw, int z) {
        if (z != 27 || raw.charAt(4) != '-' || raw.charAt(7) != '-' || raw.charAt(13) != ':'
                || raw.charAt(16) != ':' || raw.charAt(19) != '.') {
            return null;
        }
        int year = digits(raw, 0, 4);
        int month = digits(raw, 5, 7);
        int day = digits(raw, 8, 10);
        int hour = digits(raw, 11, 13);
        int minute = digits(raw, 14, 16);
        int second = digits(raw, 17, 19);
        int fraction = digits(raw, 20, 27);
        if ((year | month | day | hour | minute | second | fraction) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, fraction * 100L);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number the digits {@code s[from, to)} make, or -1 when one is no digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
