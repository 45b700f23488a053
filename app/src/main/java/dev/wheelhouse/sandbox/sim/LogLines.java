package dev.wheelhouse.sandbox.sim;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a job log as GitHub stores it: a UTF-8 byte-order mark, then CRLF lines each
 * prefixed with a UTC timestamp with seven fractional digits and a space
 * ({@code 2026-06-02T22:31:05.1234567Z }), as in samples/github-api/job-log.txt.
 */
final class LogLines {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder text = new StringBuilder("\uFEFF");

    /** Writes {@code lines} spread evenly over {@code from}…{@code to}. */
    void spread(Instant from, Instant to, List<String> lines) {
        long span = Math.max(0, Duration.between(from, to).toNanos());
        for (int i = 0; i < lines.size(); i++) {
            long offset = lines.size() == 1 ? 0 : span * i / (lines.size() - 1);
            line(from.plusNanos(offset), lines.get(i));
        }
    }

    void line(Instant at, String content) {
        text.append(stamp(at)).append(' ').append(content).append("\r\n");
    }

    static String stamp(Instant at) {
        return SECONDS.format(at) + "." + String.format("%07d", at.getNano() / 100) + "Z";
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static List<String> of(String... lines) {
        return new ArrayList<>(List.of(lines));
    }
}
