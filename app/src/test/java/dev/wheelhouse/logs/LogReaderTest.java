package dev.wheelhouse.logs;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogReaderTest {

    private static final LineFilter ERRORS = LineFilter.of(List.of("error", "##["), List.of("rr"));

    private record Seen(long number, String content, String raw) { }

    private static List<Seen> read(String log, LineFilter filter) throws IOException {
        return read(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), filter);
    }

    private static List<Seen> read(InputStream in, LineFilter filter) throws IOException {
        LogReader reader = new LogReader(in, filter);
        List<Seen> seen = new ArrayList<>();
        while (reader.next()) {
            seen.add(new Seen(reader.number(), reader.content(), reader.raw()));
        }
        return seen;
    }

    @Test
    void githubTimestampsOfAnyPrecisionAndSyslogStampsAreNotTheLinesText() throws IOException {
        List<Seen> seen = read("""
                2024-03-01T12:00:00.1234567Z error: seven digits
                2024-03-01T12:00:00.12Z error: two digits
                2024-03-01T12:00:00Z error: none
                Dec 27 18:22:50 error: syslog
                Dec  7 08:02:05 error: day padded with a space
                2024-03-01T12:00:00.1234567Z Dec 27 18:22:50 error: both
                """, LineFilter.everyLine());

        assertEquals(List.of("error: seven digits", "error: two digits", "error: none", "error: syslog",
                "error: day padded with a space", "error: both"), seen.stream().map(Seen::content).toList());
        assertEquals("2024-03-01T12:00:00.1234567Z error: seven digits", seen.get(0).raw());
    }

    @Test
    void onlyLinesStartingWithAPhraseOrHoldingAnAnchorAreStoppedAtButEveryLineIsCounted() throws IOException {
        List<Seen> seen = read("""
                \uFEFF2024-03-01T12:00:00.1234567Z    Compiling serde v1.0
                2024-03-01T12:00:00.1234567Z \u001b[31merror\u001b[0m[E0308]: mismatched types
                2024-03-01T12:00:00.1234567Z   --> src/orbit.rs:41:5
                2024-03-01T12:00:00.1234567Z Fatal Python ERROR: Segmentation fault
                2024-03-01T12:00:00.1234567Z ##[group]Run pytest
                #7 0.696 error: in a docker build step
                """, ERRORS);

        assertEquals(List.of(2L, 4L, 5L, 6L), seen.stream().map(Seen::number).toList());
        assertEquals("error[E0308]: mismatched types", seen.get(0).content());
        assertEquals("#7 0.696 error: in a docker build step", seen.get(3).content());
    }

    @Test
    void crlfNulsAndAByteOrderMarkAreNotText() throws IOException {
        byte[] bytes = "\uFEFFfirst\r\nsecond\0\0\0\r\n\0\0third\n".getBytes(StandardCharsets.UTF_8);
        List<Seen> seen = read(new ByteArrayInputStream(bytes), LineFilter.everyLine());

        assertEquals(List.of("first", "second", "third"), seen.stream().map(Seen::content).toList());
    }

    @Test
    void aLineLongerThanTheLimitIsCutAndTheRestSkipped() throws IOException {
        String log = "error " + "x".repeat(5000) + "\nerror: next\n";
        LogReader reader = new LogReader(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), ERRORS,
                false, 4096, 1024);

        assertTrue(reader.next());
        assertTrue(reader.cut());
        assertFalse(reader.terminated());
        assertEquals(1024, reader.end() - reader.start());
        assertTrue(reader.next());
        assertEquals(2, reader.number());
        assertEquals("error: next", reader.content());
        assertFalse(reader.next());
    }

    @Test
    void aLastLineWithoutNewlineLongerThanThePrefixWindowIsReadWhenTheStreamEndsOnARefill() throws IOException {
        String last = "2024-03-01T12:00:00.1234567Z error: " + "y".repeat(200);
        String log = "a\n".repeat(3000) + last;
        LogReader reader = new LogReader(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), ERRORS,
                false, 4096, 1024);

        assertTrue(reader.next());
        assertEquals(3001, reader.number());
        assertEquals(last.substring(29), reader.content());
        assertFalse(reader.terminated());
    }

    @Test
    void theLinesAboveAStopAreReadableWithLookBack() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            log.append("2024-03-01T12:00:00.1234567Z line ").append(i).append('\n');
        }
        log.append("2024-03-01T12:00:00.1234567Z error: here\n");
        LogReader reader = new LogReader(new ByteArrayInputStream(log.toString().getBytes(StandardCharsets.UTF_8)),
                ERRORS, true, 16384, 1024);

        assertTrue(reader.next());
        assertEquals(201, reader.number());
        assertEquals(List.of("line 197", "line 198", "line 199", "line 200"), reader.before(4));
        assertEquals(LogReader.LOOKBACK_LINES - 1, reader.before(500).size());
    }

    @Test
    void aUtf16LogIsReadLikeItsUtf8Form() throws IOException {
        byte[] text = "x\r\nerror: in UTF-16\r\n".getBytes(StandardCharsets.UTF_16);   // big-endian with a mark
        LogReader reader = new LogReader(new ByteArrayInputStream(text), ERRORS);

        assertTrue(reader.next());
        assertEquals(2, reader.number());
        assertEquals("error: in UTF-16", reader.content());
        assertEquals(LogEncoding.UTF_16BE, reader.encoding());
    }
}
