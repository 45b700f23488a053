package dev.wheelhouse.logs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads through the aligned buffer give the file's bytes, however the read is cut into pieces. */
class AlignedReadsTest {

    @TempDir
    Path dir;

    private byte[] content;
    private Path file;

    private void write(int size) throws IOException {
        content = new byte[size];
        new Random(size).nextBytes(content);
        file = Files.write(dir.resolve("log"), content);
    }

    @Test
    void aReadLongerThanOnePieceIsWhole() throws IOException {
        write(1000);
        byte[] into = new byte[1010];
        try (FileChannel channel = FileChannel.open(file)) {
            // Seven-byte pieces: the read loops, and its last piece is short.
            int n = new AlignedReads(7).readFully(channel, into, 5, 13, 900);
            assertEquals(900, n);
            assertArrayEquals(Arrays.copyOfRange(content, 13, 913), Arrays.copyOfRange(into, 5, 905));
            assertEquals(0, into[4]);
            assertEquals(0, into[905]);
        }
    }

    @Test
    void aReadPastTheEndStopsThere() throws IOException {
        write(300);
        byte[] into = new byte[500];
        try (FileChannel channel = FileChannel.open(file)) {
            assertEquals(100, new AlignedReads(64).readFully(channel, into, 0, 200, 500));
            assertArrayEquals(Arrays.copyOfRange(content, 200, 300), Arrays.copyOf(into, 100));
            assertEquals(0, new AlignedReads(64).readFully(channel, into, 0, 300, 10));
        }
    }

    @Test
    void theStreamGivesTheWholeFile() throws IOException {
        write(AlignedReads.PIECE_BYTES * 2 + 12345);
        try (FileChannel channel = FileChannel.open(file); InputStream in = new AlignedChannelStream(channel, 4096)) {
            assertEquals(content[0] & 0xFF, in.read());
            byte[] rest = in.readAllBytes();
            assertArrayEquals(Arrays.copyOfRange(content, 1, content.length), rest);
            assertEquals(-1, in.read());
            assertEquals(-1, in.read(new byte[4], 0, 4));
            assertEquals(0, in.read(new byte[4], 0, 0));
        }
    }

    @Test
    void theBufferStartsOnACacheLine() {
        for (int size : new int[] {1, 4, 63, 64, 65, 1000, AlignedReads.PIECE_BYTES}) {
            AlignedReads reads = new AlignedReads(size);
            assertEquals(0, reads.alignment(), "piece of " + size);
            assertEquals(size, reads.pieceBytes(), "piece of " + size);
        }
    }
}
