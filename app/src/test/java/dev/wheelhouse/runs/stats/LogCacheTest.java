package dev.wheelhouse.runs.stats;

import dev.wheelhouse.testing.VirtualTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogCacheTest {

    @TempDir
    Path dir;

    private final VirtualTime time = VirtualTime.startingAt("2026-06-02T09:00:00Z");

    /** Incompressible bytes, so compressed sizes are predictable. */
    private static byte[] noise(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void theReaderSeesTheWholeDownloadAndTheCacheKeepsItCompressed() throws IOException {
        LogCache cache = new LogCache(dir, 1 << 20, time.clock());
        byte[] log = "2026-06-02T09:00:00.0000000Z Compile requests 12\n".repeat(2000).getBytes(StandardCharsets.UTF_8);

        LogCache.Stored<byte[]> stored = cache.store("api.github.com/o/r/7", new ByteArrayInputStream(log),
                LogCacheTest::readAll);

        assertArrayEquals(log, stored.result());
        assertTrue(stored.kept());
        assertEquals(log.length, stored.bytes());
        assertTrue(cache.sizeBytes() < log.length / 10, "kept gzip-compressed");
        assertArrayEquals(log, readAll(cache.open("api.github.com/o/r/7").orElseThrow()));
        Path file = dir.resolve(LogCache.fileName("api.github.com/o/r/7"));
        assertArrayEquals(log, readAll(new GZIPInputStream(Files.newInputStream(file))), "a plain .gz file");
    }

    @Test
    void pastTheCapTheLeastRecentlyUsedLogsGoFirst() throws IOException {
        LogCache cache = new LogCache(dir, 250_000, time.clock());
        for (int i = 1; i <= 3; i++) {
            cache.store("h/o/r/" + i, new ByteArrayInputStream(noise(80_000, i)), LogCacheTest::readAll);
            time.advance(Duration.ofSeconds(1));
        }
        readAll(cache.open("h/o/r/1").orElseThrow());
        time.advance(Duration.ofSeconds(1));

        cache.store("h/o/r/4", new ByteArrayInputStream(noise(80_000, 4)), LogCacheTest::readAll);

        assertTrue(cache.contains("h/o/r/1"), "used lately");
        assertFalse(cache.contains("h/o/r/2"), "least recently used");
        assertTrue(cache.contains("h/o/r/3"));
        assertTrue(cache.contains("h/o/r/4"));
        assertTrue(cache.sizeBytes() <= 250_000);
    }

    @Test
    void theUseOrderSurvivesARestart() throws IOException {
        LogCache first = new LogCache(dir, 250_000, time.clock());
        for (int i = 1; i <= 3; i++) {
            first.store("h/o/r/" + i, new ByteArrayInputStream(noise(80_000, i)), LogCacheTest::readAll);
            time.advance(Duration.ofSeconds(1));
        }
        readAll(first.open("h/o/r/1").orElseThrow());
        time.advance(Duration.ofSeconds(1));

        LogCache second = new LogCache(dir, 250_000, time.clock());
        assertEquals(3, second.entries());
        second.store("h/o/r/4", new ByteArrayInputStream(noise(80_000, 4)), LogCacheTest::readAll);

        assertTrue(second.contains("h/o/r/1"));
        assertFalse(second.contains("h/o/r/2"));
    }

    @Test
    void aLogBiggerThanHalfTheCapIsReadButNotKept() throws IOException {
        LogCache cache = new LogCache(dir, 100_000, time.clock());
        byte[] huge = noise(60_000, 9);

        LogCache.Stored<byte[]> stored = cache.store("h/o/r/9", new ByteArrayInputStream(huge), LogCacheTest::readAll);

        assertArrayEquals(huge, stored.result());
        assertFalse(stored.kept());
        assertEquals(0, cache.entries());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aDownloadCutShortIsReadToWhereItBrokeAndLeavesNothingInTheCache() throws IOException {
        LogCache cache = new LogCache(dir, 1 << 20, time.clock());
        byte[] part = "line one\nline two\n".getBytes(StandardCharsets.UTF_8);
        InputStream breaking = new InputStream() {
            private final InputStream first = new ByteArrayInputStream(part);

            @Override
            public int read() throws IOException {
                int b = first.read();
                if (b < 0) {
                    throw new IOException("fixed content-length: 9000, bytes received: 18");
                }
                return b;
            }
        };

        LogCache.Stored<byte[]> stored = cache.store("h/o/r/5", breaking, LogCacheTest::readAll);

        assertArrayEquals(part, stored.result());
        assertTrue(stored.cutShort());
        assertFalse(stored.kept());
        assertTrue(cache.open("h/o/r/5").isEmpty());
    }

    @Test
    void leftoversOfAnInterruptedDownloadAreRemovedOnStart() throws IOException {
        Files.write(dir.resolve("download-123.tmp"), noise(100, 1));

        assertEquals(0, new LogCache(dir, 1 << 20, time.clock()).entries());

        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aLogDeletedBehindTheCachesBackIsSimplyMissing() throws IOException {
        LogCache cache = new LogCache(dir, 1 << 20, time.clock());
        cache.store("h/o/r/6", new ByteArrayInputStream(noise(1000, 6)), LogCacheTest::readAll);
        Files.delete(dir.resolve(LogCache.fileName("h/o/r/6")));

        assertTrue(cache.open("h/o/r/6").isEmpty());
        assertEquals(0, cache.entries());
    }

    @Test
    void keysBecomeSafeFileNames() {
        assertEquals("127.0.0.1_8080~o~r~12.log.gz", LogCache.fileName("127.0.0.1:8080/o/r/12"));
        assertEquals("h~..~..~etc.log.gz", LogCache.fileName("h/../../etc"));
    }
}
