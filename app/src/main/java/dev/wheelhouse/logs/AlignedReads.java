package dev.wheelhouse.logs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads a file into a heap array through a direct buffer that starts on a cache line. A read into
 * a heap array goes through the JDK's own temporary direct buffer, which {@code malloc} places 16
 * bytes past a line; the kernel's copy into a destination so placed is four times slower on AMD
 * Zen ({@code rep movsb} falls back to partial-line writes): 1 GiB in 4 MiB reads took 0.83 s of
 * system time there, and 0.20 s, the copy into the array included, through an aligned buffer.
 * One instance per thread: it holds one buffer.
 */
final class AlignedReads {

    /** Bytes per read: large enough that calls are few, small enough to stay in a core's cache for the copy. */
    static final int PIECE_BYTES = 256 << 10;
    private static final int CACHE_LINE = 64;

    private final ByteBuffer piece;

    AlignedReads() {
        this(PIECE_BYTES);
    }

    AlignedReads(int pieceBytes) {
        // alignedSlice also trims the end to a whole line: room for the piece rounded up, plus a line.
        int lines = (pieceBytes + CACHE_LINE - 1) / CACHE_LINE;
        this.piece = ByteBuffer.allocateDirect((lines + 1) * CACHE_LINE).alignedSlice(CACHE_LINE)
                .limit(pieceBytes).slice();
    }

    /**
     * Reads {@code length} bytes of {@code channel} from {@code position} into {@code into} at
     * {@code offset}; fewer only at the file's end. Returns how many it read.
     */
    int readFully(FileChannel channel, byte[] into, int offset, long position, int length) throws IOException {
        int done = 0;
        while (done < length) {
            piece.clear().limit(Math.min(piece.capacity(), length - done));
            int n = channel.read(piece, position + done);
            if (n < 0) {
                break;
            }
            piece.flip().get(into, offset + done, n);
            done += n;
        }
        return done;
    }

    /** Reads up to {@code length} bytes at the channel's own position (advancing it); -1 at its end. */
    int read(FileChannel channel, byte[] into, int offset, int length) throws IOException {
        piece.clear().limit(Math.min(piece.capacity(), length));
        int n = channel.read(piece);
        if (n > 0) {
            piece.flip().get(into, offset, n);
        }
        return n;
    }

    /** How far the buffer starts past a cache line (0): for tests. */
    int alignment() {
        return piece.alignmentOffset(0, CACHE_LINE);
    }

    int pieceBytes() {
        return piece.capacity();
    }
}
