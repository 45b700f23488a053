package dev.wheelhouse.logs;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogFileTest {

    private static LogFile load(String text) throws IOException {
        LogFile log = LogFile.create();
        log.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), n -> { }, () -> false);
        return log;
    }

    @Property(tries = 60)
    void everyLineReadsBackAsWrittenWhateverTheCount(@ForAll @IntRange(min = 0, max = 700) int count,
                                                     @ForAll boolean crlf, @ForAll boolean lastTerminated)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String line = "2024-03-01T12:00:00.0000000Z line " + i + " é " + "x".repeat(i % 97);
            lines.add(line);
            text.append(line);
            if (i < count - 1 || lastTerminated) {
                text.append(crlf ? "\r\n" : "\n");
            }
        }
        try (LogFile log = load(text.toString())) {
            assertEquals(count, log.lineCount());
            for (int i = count - 1; i >= 0; i -= 7) {
                assertEquals(lines.get(i), log.line(i));
            }
            for (int i = 0; i < count; i++) {
                assertEquals(lines.get(i), log.line(i));
            }
        }
    }

    @Test
    void aVeryLongLineIsCutForDisplayAndItsNeighboursStayWhole() throws IOException {
        try (LogFile log = load("before\n" + "a".repeat(1_000_000) + "\nafter\n")) {
            assertEquals(3, log.lineCount());
            assertEquals(LogFile.MAX_LINE_CHARS, log.line(1).length());
            assertTrue(log.line(1).endsWith("…"));
            assertEquals("after", log.line(2));
        }
    }

    @Test
    void searchFindsTheNextAndPreviousMatchWrappingRoundAndCountsThem() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append(i % 100 == 42 ? "error: boom " + i : "fine " + i).append('\n');
        }
        try (LogFile log = load(text.toString())) {
            assertEquals(142, log.find("ERROR", 42, true, () -> false));
            assertEquals(442, log.find("error", 42, false, () -> false), "wraps round backwards");
            assertEquals(42, log.find("error", 442, true, () -> false), "wraps round forwards");
            assertEquals(5, log.count("boom", () -> false));
            assertEquals(-1, log.find("nowhere", 0, true, () -> false));
        }
    }

    @Test
    void linesAreReadableWhileTheRestIsStillArriving() throws Exception {
        PipedOutputStream writer = new PipedOutputStream();
        InputStream reader = new PipedInputStream(writer, 1 << 16);
        LogFile log = LogFile.create();
        CountDownLatch firstPart = new CountDownLatch(1);
        Thread loading = new Thread(() -> {
            try {
                log.load(reader, n -> {
                    if (n >= 100) {
                        firstPart.countDown();
                    }
                }, () -> false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        loading.start();
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            first.append("line ").append(i).append('\n');
        }
        writer.write(first.toString().getBytes(StandardCharsets.UTF_8));
        writer.flush();
        // Progress is reported at most every 50 ms: a few more lines make sure a report comes.
        for (int i = 0; i < 40 && !firstPart.await(60, TimeUnit.MILLISECONDS); i++) {
            writer.write(("more " + i + "\n").getBytes(StandardCharsets.UTF_8));
            writer.flush();
        }
        assertTrue(firstPart.getCount() == 0, "the first lines were announced before the end");
        assertEquals("line 99", log.line(99));
        assertTrue(!log.complete());
        writer.close();
        loading.join(10_000);
        assertTrue(log.complete());
        log.close();
    }
}
