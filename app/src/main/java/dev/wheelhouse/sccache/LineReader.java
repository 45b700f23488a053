package dev.wheelhouse.sccache;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits a byte stream into lines without decoding them, through one fixed buffer. A line longer
 * than {@code maxLineBytes} is cut there ({@link #cut()}) and the rest of it skipped, so a binary
 * blob or a minified megabyte line cannot grow the heap.
 *
 * <p>The newline search reads eight bytes at a time (the "has zero byte" trick on
 * {@code word ^ 0x0A…}); the same pass notes whether the line holds an {@code anchor} byte, which
 * lets the caller look for a phrase anywhere in a line only when its rarest letter is there.
 */
final class LineReader {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private final InputStream in;
    private final byte[] buf;
    private final int maxLineBytes;
    private final long anchors;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean skippingRestOfLine;
    private boolean scanAnchor;

    private int start;
    private int end;
    private boolean cut;
    private boolean terminated;
    private boolean anchorSeen;
    private long number;
    private long bytesRead;

    LineReader(InputStream in, int bufferBytes, int maxLineBytes, byte anchor) {
        if (maxLineBytes < 64 || bufferBytes < 2 * maxLineBytes) {
            throw new IllegalArgumentException("buffer must hold two maximal lines");
        }
        this.in = in;
        this.buf = new byte[bufferBytes];
        this.maxLineBytes = maxLineBytes;
        this.anchors = ONES * (anchor & 0xFF);
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        while (true) {
            if (skippingRestOfLine) {
                int nl = findNewline(pos, limit);
                if (nl >= 0) {
                    pos = nl + 1;
                    skippingRestOfLine = false;
                } else {
                    pos = limit;
                    if (!fill()) {
                        return false;
                    }
                    continue;
                }
            }
            int nl = findNewline(pos, limit);
            if (nl >= 0) {
                boolean tooLong = nl - pos > maxLineBytes;
                emit(pos, tooLong ? pos + maxLineBytes : nl, tooLong);
                terminated = !tooLong;
                pos = nl + 1;
                return true;
            }
            int pending = limit - pos;
            if (pending > maxLineBytes) {
                emit(pos, pos + maxLineBytes, true);
                terminated = false;
                pos = limit;
                skippingRestOfLine = true;
                return true;
            }
            if (!fill()) {
                if (pending > 0) {
                    emit(pos, limit, false);
                    terminated = false;
                    pos = limit;
                    return true;
                }
                return false;
            }
        }
    }

    byte[] bytes() {
        return buf;
    }

    /** Offset of the current line's first byte in {@link #bytes()}. */
    int start() {
        return start;
    }

    /** Offset just past the current line's last byte, a trailing CR excluded. */
    int end() {
        return end;
    }

    /** The current line was longer than the limit and ends where it was cut. */
    boolean cut() {
        return cut;
    }

    /**
     * The current line ended with a newline. False for a line cut at the length limit and for a
     * last line the stream ended in, which may have been cut mid-word by a broken download.
     */
    boolean terminated() {
        return terminated;
    }

    /** The current line (up to the cut) holds the anchor byte; may be true spuriously, never falsely false. */
    boolean anchorSeen() {
        return anchorSeen;
    }

    /** 1-based number of the current line. */
    long number() {
        return number;
    }

    long bytesRead() {
        return bytesRead;
    }

    private void emit(int from, int to, boolean wasCut) {
        number++;
        start = from;
        end = to > from && buf[to - 1] == '\r' ? to - 1 : to;
        cut = wasCut;
        anchorSeen = scanAnchor;
    }

    /** Moves the unread tail to the front and reads more; false when the stream has ended. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int pending = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, pending);
            pos = 0;
            limit = pending;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        bytesRead += n;
        return true;
    }

    /**
     * First newline in [from, to), or -1; records in {@link #scanAnchor} whether the anchor byte
     * occurs before it (or anywhere in the range when there is no newline).
     */
    private int findNewline(int from, int to) {
        boolean anchor = false;
        int i = from;
        // Two words per turn while no newline is among them: independent work the CPU overlaps.
        int lastPair = to - 16;
        while (i <= lastPair) {
            long w0 = (long) LONGS.get(buf, i);
            long w1 = (long) LONGS.get(buf, i + 8);
            long x0 = w0 ^ NEWLINES;
            long x1 = w1 ^ NEWLINES;
            long y0 = w0 ^ anchors;
            long y1 = w1 ^ anchors;
            long newlines = ((x0 - ONES) & ~x0) | ((x1 - ONES) & ~x1);
            if ((newlines & HIGHS) != 0) {
                break;   // the single-word loop below finds which byte
            }
            anchor |= ((((y0 - ONES) & ~y0) | ((y1 - ONES) & ~y1)) & HIGHS) != 0;
            i += 16;
        }
        int last = to - 8;
        while (i <= last) {
            long word = (long) LONGS.get(buf, i);
            long x = word ^ NEWLINES;
            long newlines = (x - ONES) & ~x & HIGHS;
            long y = word ^ anchors;
            long anchorBytes = (y - ONES) & ~y & HIGHS;
            if (newlines != 0) {
                // The lowest flagged byte is always a true match; borrows only flag bytes above a
                // true match, so a flagged anchor below the newline proves an anchor there.
                int bit = Long.numberOfTrailingZeros(newlines);
                scanAnchor = anchor || (anchorBytes & ((1L << bit) - 1)) != 0;
                return i + (bit >>> 3);
            }
            anchor |= anchorBytes != 0;
            i += 8;
        }
        byte anchorByte = (byte) anchors;
        while (i < to) {
            byte b = buf[i];
            if (b == '\n') {
                scanAnchor = anchor;
                return i;
            }
            anchor |= b == anchorByte;
            i++;
        }
        scanAnchor = anchor;
        return -1;
    }
}
