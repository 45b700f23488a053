package dev.wheelhouse.logs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The eight-bytes-at-a-time reader agrees with a plain byte-by-byte model of the same log. */
class LogReaderPropertiesTest {

    private static final int MAX_LINE = 100;
    private static final int BUFFER = 400;
    private static final LineFilter ANCHOR_QU = LineFilter.of(List.of("Com"), List.of("qu"));

    /** A line as the model sees it: its bytes (CR and NULs at the end dropped), cut, ended by a newline, holds "qu". */
    private record Line(String bytes, boolean cut, boolean terminated, boolean anchor, boolean phrase) { }

    /** Found by the property below: ESC q read as an escape sequence hid the anchor's first letter. */
    @Example
    void anEscapeByteBeforeAnAnchorDoesNotHideIt() throws IOException {
        splitsEveryLineLikeAPlainLoopAcrossRefillsAndShortReads(new byte[] {27, 'q', 'u'}, 2);
        splitsEveryLineLikeAPlainLoopAcrossRefillsAndShortReads(new byte[] {27, 'Q', 'u', '\n', 'x'}, 400);
    }

    @Property(tries = 400)
    void splitsEveryLineLikeAPlainLoopAcrossRefillsAndShortReads(@ForAll("logBytes") byte[] input,
                                                                  @ForAll("chunk") int chunk) throws IOException {
        Assume.that(LogEncoding.detect(input, input.length) == LogEncoding.UTF_8);
        List<Line> model = model(input);
        LogReader reader = new LogReader(new Trickle(input, chunk), ANCHOR_QU, false, BUFFER, MAX_LINE);
        reader.follow(true);
        List<Line> read = new ArrayList<>();
        while (reader.next()) {
            Line expected = model.get(read.size());
            String bytes = new String(Arrays.copyOfRange(reader.bytes(), reader.start(), reader.end()),
                    StandardCharsets.ISO_8859_1);
            read.add(new Line(bytes, reader.cut(), reader.terminated(), expected.anchor, expected.phrase));
            assertEquals(read.size(), reader.number());
            if (expected.anchor) {
                assertTrue(reader.anchorMatched(), "an anchor is never missed: " + bytes);
            }
        }
        assertEquals(model, read);
    }

    /** "rr", one letter twice, has a search of its own: it finds exactly the lines holding it. */
    @Property(tries = 400)
    void aDoubledLetterAnchorIsFoundExactly(@ForAll("doubledLogBytes") byte[] input, @ForAll("chunk") int chunk)
            throws IOException {
        Assume.that(LogEncoding.detect(input, input.length) == LogEncoding.UTF_8);
        LogReader reader = new LogReader(new Trickle(input, chunk), LineFilter.of(List.of("Com"), List.of("rr")), false,
                BUFFER, MAX_LINE);
        reader.follow(true);
        while (reader.next()) {
            String text = new String(Arrays.copyOfRange(reader.bytes(), reader.contentStart(), reader.end()),
                    StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
            if (!reader.cut()) {
                assertEquals(text.contains("rr"), reader.anchorMatched(), text);
            } else if (text.contains("rr")) {
                assertTrue(reader.anchorMatched(), text);
            }
        }
    }

    @Provide
    Arbitrary<byte[]> doubledLogBytes() {
        Arbitrary<Byte> b = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just((byte) '\n')),
                Tuple.of(2, Arbitraries.just((byte) '\r')),
                Tuple.of(14, Arbitraries.of((byte) 'r', (byte) 'R')),
                Tuple.of(60, Arbitraries.bytes().between((byte) 'a', (byte) 'o')),
                Tuple.of(8, Arbitraries.bytes()));
        return b.array(byte[].class).ofMaxSize(1500);
    }

    @Property(tries = 400)
    void stopsAtEveryLineTheFilterWantsAndCountsTheOthers(@ForAll("logBytes") byte[] input,
                                                           @ForAll("chunk") int chunk) throws IOException {
        Assume.that(LogEncoding.detect(input, input.length) == LogEncoding.UTF_8);
        List<Line> model = model(input);
        List<Long> wanted = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) {
            if (model.get(i).anchor || model.get(i).phrase) {
                wanted.add(i + 1L);
            }
        }
        LogReader reader = new LogReader(new Trickle(input, chunk), ANCHOR_QU, false, BUFFER, MAX_LINE);
        List<Long> stopped = new ArrayList<>();
        while (reader.next()) {
            stopped.add(reader.number());
        }
        assertTrue(stopped.containsAll(wanted), "stopped at " + stopped + ", wanted " + wanted);
    }

    @Property(tries = 300)
    void linesBeforeTheCurrentOneAreTheLogsOwn(@ForAll("logBytes") byte[] input, @ForAll("chunk") int chunk)
            throws IOException {
        Assume.that(LogEncoding.detect(input, input.length) == LogEncoding.UTF_8);
        List<Line> model = model(input);
        LogReader reader = new LogReader(new Trickle(input, chunk), ANCHOR_QU, true, BUFFER, MAX_LINE);
        while (reader.next()) {
            List<String> before = reader.before(5);
            int first = (int) reader.number() - before.size();
            for (int k = 0; k < before.size(); k++) {
                String expected = Ansi.strip(new String(model.get(first - 1 + k).bytes.getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8));
                assertTrue(expected.endsWith(before.get(k)), "line " + (first + k) + ": " + before.get(k));
            }
            if (reader.number() > 5 && !model.subList((int) reader.number() - 6, (int) reader.number() - 1)
                    .stream().anyMatch(Line::cut)) {
                assertEquals(5, before.size(), "short lines are all kept");
            }
        }
    }

    @Provide
    Arbitrary<byte[]> logBytes() {
        // Mostly newlines, CRs, the anchor's letters and other letters, so short, long and cut lines all occur.
        Arbitrary<Byte> b = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just((byte) '\n')),
                Tuple.of(3, Arbitraries.just((byte) '\r')),
                Tuple.of(4, Arbitraries.of((byte) 'q', (byte) 'Q')),
                Tuple.of(4, Arbitraries.of((byte) 'u', (byte) 'U', (byte) 't', (byte) 'p')),
                Tuple.of(3, Arbitraries.of((byte) 'C', (byte) 'o', (byte) 'm', (byte) ' ', (byte) 0x1B, (byte) '[')),
                Tuple.of(55, Arbitraries.bytes().between((byte) 'a', (byte) 'o')),
                Tuple.of(10, Arbitraries.bytes()));
        return b.array(byte[].class).ofMaxSize(1500);
    }

    @Provide
    Arbitrary<Integer> chunk() {
        return Arbitraries.integers().between(1, 500);
    }

    private static List<Line> model(byte[] input) {
        List<Line> lines = new ArrayList<>();
        int start = LogEncoding.UTF_8.markLength(input, input.length);
        for (int i = start; i <= input.length; i++) {
            boolean atEnd = i == input.length;
            if (!atEnd && input[i] != '\n') {
                continue;
            }
            int length = i - start;
            if (atEnd && length == 0) {
                break;
            }
            boolean cut = length > MAX_LINE;
            int end = start + Math.min(length, MAX_LINE);
            while (end > start && (input[end - 1] == '\r' || input[end - 1] == 0)) {
                end--;
            }
            byte[] bytes = Arrays.copyOfRange(input, start, end);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            boolean anchor = text.toLowerCase(java.util.Locale.ROOT).contains("qu");
            lines.add(new Line(text, cut, !cut && !atEnd, anchor, bodyStartsWith(bytes, "Com")));
            start = i + 1;
        }
        return lines;
    }

    /** The phrase after blanks and colour codes, as the reader looks for it. */
    private static boolean bodyStartsWith(byte[] line, String phrase) {
        int s = LinePrefix.bodyStart(line, LinePrefix.contentStart(line, 0, line.length), line.length);
        return new String(line, s, line.length - s, StandardCharsets.ISO_8859_1).startsWith(phrase);
    }

    /** Hands out at most {@code chunk} bytes per read, as a network stream does. */
    private static final class Trickle extends InputStream {
        private final ByteArrayInputStream bytes;
        private final int chunk;

        Trickle(byte[] input, int chunk) {
            this.bytes = new ByteArrayInputStream(input);
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return bytes.read(b, off, Math.min(len, chunk));
        }
    }
}
