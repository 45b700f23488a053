package dev.wheelhouse.logs;

import dev.wheelhouse.failures.FailureReader;
import dev.wheelhouse.failures.FailureReport;
import dev.wheelhouse.failures.JobHints;
import dev.wheelhouse.sccache.SccacheLogScan;
import dev.wheelhouse.sccache.SccacheLogScanner;
import dev.wheelhouse.testing.Samples;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The failure reader and the sccache scanner report the same from a log file read in parallel as
 * from the same bytes read by one reader: over every sample's lines, shuffled into a job log with
 * GitHub's timestamps, CRLF, colours and minified lines, cut into chunks of many sizes.
 */
class ParallelScanAgreementTest {

    private static final List<String> SAMPLE_LINES = sampleLines();

    private static List<String> sampleLines() {
        List<String> lines = new ArrayList<>();
        for (Path dir : List.of(Samples.failures(), Samples.sccache())) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    lines.addAll(List.of(Files.readString(f).replace("\r", "").split("\n")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(lines);
    }

    /** Runs of sample lines in sample order (so blocks and failures stay whole), with noise between. */
    private static byte[] jobLog(long seed, int runs) {
        Random random = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int r = 0; r < runs; r++) {
            int from = random.nextInt(SAMPLE_LINES.size());
            int length = 1 + random.nextInt(120);
            for (int i = from; i < Math.min(SAMPLE_LINES.size(), from + length); i++) {
                String line = SAMPLE_LINES.get(i);
                if (random.nextInt(20) == 0) {
                    line = "\u001b[1m\u001b[32m" + line + "\u001b[0m";
                }
                if (random.nextInt(300) == 0) {
                    line = "function(e,t){var n=e.errorCount||0;return t.hits+n};".repeat(100 + random.nextInt(2000));
                }
                String stamp = String.format("2024-03-01T12:%02d:%02d.%07dZ ", r % 60, i % 60, i);
                out.writeBytes((stamp + line + (random.nextBoolean() ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private record Both(FailureReport failures, SccacheLogScan stats) {
    }

    private static Both oneReader(byte[] log) throws IOException {
        FailureReader.Pass failures = new FailureReader().pass(JobHints.NONE);
        SccacheLogScanner.Pass stats = new SccacheLogScanner().pass(block -> { });
        LogPass.run(new ByteArrayInputStream(log), List.of(failures, stats));
        return new Both(failures.result(), stats.result());
    }

    private static Both parallel(Path file, int chunkBytes, int maxWanted) throws IOException {
        FailureReader.Pass failures = new FailureReader().pass(JobHints.NONE);
        SccacheLogScanner.Pass stats = new SccacheLogScanner().pass(block -> { });
        ParallelLogPass.run(file, List.of(failures, stats), new ParallelLogPass.Settings(LogReader.DEFAULT_MAX_LINE_BYTES,
                LogReader.DEFAULT_BUFFER_BYTES, chunkBytes, 0, 2, maxWanted));
        return new Both(failures.result(), stats.result());
    }

    @Property(tries = 12)
    void failuresAndStatisticsAgreeHoweverTheFileIsCut(@ForAll long seed,
                                                        @ForAll @IntRange(min = 512, max = 300_000) int chunkBytes,
                                                        @ForAll @IntRange(min = 2, max = 5_000) int maxWanted)
            throws IOException {
        byte[] log = jobLog(seed, 60);
        Both expected = oneReader(log);
        Path file = Files.createTempFile("agreement", ".log");
        try {
            Files.write(file, log);
            Both actual = parallel(file, chunkBytes, maxWanted);
            assertFalse(expected.failures().failures().isEmpty() && expected.stats().blocks().isEmpty(),
                    "the log shows something to agree on");
            assertEquals(expected, actual);
        } finally {
            Files.delete(file);
        }
    }
}
