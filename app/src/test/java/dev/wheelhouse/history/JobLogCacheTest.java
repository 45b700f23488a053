package dev.wheelhouse.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobLogCacheTest {

    @TempDir
    Path dir;

    private static byte[] log(int lines) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            s.append("2024-03-01T12:00:00.1234567Z    Compiling crate-").append(i).append(" v0.1.0\r\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] drain(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void aLogReadThroughTheTeeIsCachedCompressedAndReadsBackTheSame() throws IOException {
        JobLogCache cache = new JobLogCache(dir, 10_000_000);
        byte[] log = log(20_000);
        assertArrayEquals(log, drain(cache.tee(42, new ByteArrayInputStream(log))));
        assertTrue(cache.contains(42));
        assertTrue(cache.sizeBytes() < log.length / 5, "compressed: " + cache.sizeBytes() + " of " + log.length);
        assertArrayEquals(log, drain(cache.open(42).orElseThrow()));
    }

    @Test
    void aDownloadClosedBeforeItsEndLeavesNoEntryAndNoPartialFile() throws IOException {
        JobLogCache cache = new JobLogCache(dir, 10_000_000);
        try (InputStream tee = cache.tee(7, new ByteArrayInputStream(log(1000)))) {
            tee.read(new byte[100]);
        }
        assertFalse(cache.contains(7));
        assertTrue(cache.open(7).isEmpty());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aDownloadThatFailsMidwayLeavesNoEntry() throws IOException {
        JobLogCache cache = new JobLogCache(dir, 10_000_000);
        InputStream broken = new InputStream() {
            private int left = 5000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
        assertThrows(IOException.class, () -> drain(cache.tee(9, broken)));
        assertFalse(cache.contains(9));
    }

    @Test
    void theLeastRecentlyUsedLogsGoWhenTheCapIsPassed() throws IOException {
        Random random = new Random(1);
        byte[] incompressible = new byte[40_000];
        JobLogCache cache = new JobLogCache(dir, 100_000);
        for (long job = 1; job <= 3; job++) {
            random.nextBytes(incompressible);
            drain(cache.tee(job, new ByteArrayInputStream(incompressible)));
            Files.setLastModifiedTime(dir.resolve(job + ".log.gz"), FileTime.fromMillis(job * 1000));
        }
        // Two 40 kB logs fit under 100 kB: adding the third evicted the least recently used, 1.
        assertFalse(cache.contains(1));
        assertTrue(cache.contains(2));
        assertTrue(cache.contains(3));
        cache.open(2).orElseThrow().close();   // 2 is now used more recently than 3
        random.nextBytes(incompressible);
        drain(cache.tee(4, new ByteArrayInputStream(incompressible)));
        assertTrue(cache.contains(4), "the newest stays");
        assertTrue(cache.contains(2), "the one just read stays");
        assertFalse(cache.contains(3));
        assertTrue(cache.sizeBytes() <= 100_000);
    }

    @Test
    void aCacheThatCannotBeWrittenDoesNotFailTheRead() throws IOException {
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "x");
        JobLogCache cache = new JobLogCache(notADirectory, 10_000_000);
        byte[] log = log(100);
        assertArrayEquals(log, drain(cache.tee(1, new ByteArrayInputStream(log))));
        assertFalse(cache.contains(1));
    }
}
