package dev.wheelhouse.logs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parallel pass shows its consumers what the one-reader pass shows them: the same lines, with
 * the same numbers, text and look-back, the same lines followed, the same end, however the file is
 * cut into chunks and however dense the wanted lines are.
 */
class ParallelLogPassPropertiesTest {

    private static final int MAX_LINE = 100;
    private static final int BUFFER = 400;
    private static final LineFilter FILTER = LineFilter.of(List.of("Com", "##["), List.of("qu"));

    /**
     * Records what it is shown. Like the real consumers it checks a line it is handed (a cut
     * line's anchor may lie past the cut); it follows three lines after one holding "F" and
     * looks back from one holding "B".
     */
    private static final class Recorder implements LineConsumer {
        final List<String> seen = new ArrayList<>();
        final boolean lookback;
        int following;

        Recorder(boolean lookback) {
            this.lookback = lookback;
        }

        @Override
        public LineFilter filter() {
            return FILTER;
        }

        @Override
        public boolean followsNextLine() {
            return following > 0;
        }

        @Override
        public boolean wantsLookback() {
            return lookback;
        }

        @Override
        public void accept(LogReader line) {
            boolean followed = following > 0;
            if (followed) {
                following--;
            }
            if (!followed && !FILTER.phraseAt(line) && !FILTER.anchorIn(line)) {
                return;
            }
            String text = line.content();
            seen.add(line.number() + (followed ? " followed " : " ") + line.cut() + " " + line.terminated() + " "
                    + line.raw() + " | " + text);
            if (text.contains("F")) {
                following = 3;
            }
            if (text.contains("B")) {
                seen.add("  before " + line.before(6));
            }
        }

        @Override
        public void finish(LogReader reader) {
            seen.add("end " + reader.number() + " lines, " + reader.bytesRead() + " bytes, last " + reader.last(5));
        }
    }

    @Property(tries = 250)
    void consumersSeeWhatTheOneReaderPassShowsThem(@ForAll("logs") byte[] log,
                                                    @ForAll @IntRange(min = 1, max = 700) int chunkBytes,
                                                    @ForAll @IntRange(min = 1, max = 40) int maxWanted,
                                                    @ForAll boolean lookback)
            throws IOException {
        Recorder one = new Recorder(lookback);
        LogPass.run(new ByteArrayInputStream(log), List.of(one), MAX_LINE, BUFFER);

        Recorder parallel = readInParallel(log, lookback,
                new ParallelLogPass.Settings(MAX_LINE, BUFFER, chunkBytes, 0, 2, maxWanted));
        assertEquals(one.seen, parallel.seen);
    }

    /** Found by the property above: the first line of a file with a byte-order mark, in a chunk after the first. */
    @Example
    void theFirstLineAfterAByteOrderMarkLongerThanAChunkIsALine() throws IOException {
        consumersSeeWhatTheOneReaderPassShowsThem(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'B', '\n', '\n'},
                1, 1, true);
    }

    @Example
    void aFileOfManyChunksIsReadInParallelAndAgrees() throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF");
        for (int i = 0; i < 20_000; i++) {
            text.append("2024-03-01T12:00:00.1234567Z ").append(i % 7 == 0 ? "Compiling B " : "plain ")
                    .append(i % 13 == 0 ? "quux F" : "x").append(i).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        byte[] log = text.toString().getBytes(StandardCharsets.UTF_8);
        Recorder one = new Recorder(true);
        LogPass.run(new ByteArrayInputStream(log), List.of(one), MAX_LINE, BUFFER);
        Recorder parallel = readInParallel(log, true, new ParallelLogPass.Settings(MAX_LINE, BUFFER, 4096, 0, 3, 100));
        assertTrue(one.seen.size() > 3000, "the filter wants many lines: " + one.seen.size());
        assertEquals(one.seen, parallel.seen);
    }

    private static Recorder readInParallel(byte[] log, boolean lookback, ParallelLogPass.Settings settings)
            throws IOException {
        Recorder parallel = new Recorder(lookback);
        Path file = Files.createTempFile("parallel-pass", ".log");
        try {
            Files.write(file, log);
            ParallelLogPass.run(file, List.of(parallel), settings);
        } finally {
            Files.delete(file);
        }
        return parallel;
    }

    @Provide
    Arbitrary<byte[]> logs() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just("\n")),
                Tuple.of(2, Arbitraries.just("\r\n")),
                Tuple.of(3, Arbitraries.of("2024-03-01T12:00:00.1234567Z ", "Dec 27 18:22:50 ", "  ", "\u001b[31m",
                        "\u001b[0m", "\u0000")),
                Tuple.of(4, Arbitraries.of("Com", "##[group]Run x", "qu", "Qu", "F", "B", "é")),
                Tuple.of(8, Arbitraries.strings().withChars("abcdefghijkl ").ofMinLength(1).ofMaxLength(12)),
                Tuple.of(1, Arbitraries.strings().withChars("xyz").ofMinLength(90).ofMaxLength(260)));
        return piece.list().ofMaxSize(160).map(pieces -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!pieces.isEmpty() && pieces.get(0).equals("B")) {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            pieces.forEach(p -> out.writeBytes(p.getBytes(StandardCharsets.UTF_8)));
            return out.toByteArray();
        });
    }
}
