package dev.wheelhouse.sccache;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The eight-bytes-at-a-time line splitter agrees with a plain byte-by-byte model. */
class LineReaderPropertiesTest {

    private static final int MAX_LINE = 100;
    private static final int BUFFER = 256;

    private record Line(String bytes, boolean cut, boolean terminated, boolean anchor) { }

    @Property(tries = 500)
    void splitsLikeAPlainLoopAcrossBufferRefillsAndShortReads(@ForAll("logBytes") byte[] input,
                                                               @ForAll("chunk") int chunk) throws IOException {
        assertEquals(model(input), read(new TrickleInputStream(input, chunk)));
    }

    @Provide
    Arbitrary<byte[]> logBytes() {
        // Mostly newlines, CRs, the anchor and letters, so short, long and cut lines all occur.
        Arbitrary<Byte> b = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just((byte) '\n')),
                net.jqwik.api.Tuple.of(3, Arbitraries.just((byte) '\r')),
                net.jqwik.api.Tuple.of(4, Arbitraries.just((byte) 'q')),
                net.jqwik.api.Tuple.of(60, Arbitraries.bytes().between((byte) 'a', (byte) 'p')),
                net.jqwik.api.Tuple.of(10, Arbitraries.bytes()));
        return b.array(byte[].class).ofMaxSize(1500);
    }

    @Provide
    Arbitrary<Integer> chunk() {
        return Arbitraries.integers().between(1, 400);
    }

    private static List<Line> read(InputStream in) throws IOException {
        LineReader reader = new LineReader(in, BUFFER, MAX_LINE, (byte) 'q');
        List<Line> lines = new ArrayList<>();
        while (reader.next()) {
            byte[] bytes = Arrays.copyOfRange(reader.bytes(), reader.start(), reader.end());
            // The anchor flag may be spuriously set on a cut line (it looks past the cut).
            boolean anchor = reader.cut() ? contains(bytes, (byte) 'q') || reader.anchorSeen() : reader.anchorSeen();
            lines.add(new Line(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), reader.cut(),
                    reader.terminated(), anchor));
            assertEquals(lines.size(), reader.number());
        }
        return lines;
    }

    private static List<Line> model(byte[] input) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= input.length; i++) {
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
            if (end > start && input[end - 1] == '\r') {
                end--;
            }
            byte[] bytes = Arrays.copyOfRange(input, start, end);
            boolean anchor = cut ? contains(Arrays.copyOfRange(input, start, i), (byte) 'q') : contains(bytes, (byte) 'q');
            lines.add(new Line(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), cut,
                    !cut && !atEnd, anchor));
            start = i + 1;
        }
        return lines;
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    /** Hands out at most {@code chunk} bytes per read, as a network stream does. */
    private static final class TrickleInputStream extends ByteArrayInputStream {
        private final int chunk;

        TrickleInputStream(byte[] bytes, int chunk) {
            super(bytes);
            this.chunk = chunk;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, chunk));
        }
    }
}
