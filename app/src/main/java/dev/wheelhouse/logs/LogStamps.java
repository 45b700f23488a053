package dev.wheelhouse.logs;

import java.time.Instant;
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
        try {
            return Instant.parse(raw.substring(0, z + 1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
