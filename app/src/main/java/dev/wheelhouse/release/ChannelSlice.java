package dev.wheelhouse.release;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only window onto part of another channel: a wheel stored (not compressed) inside an artifact's zip is
 * itself a zip there, whose central directory can be read in place without copying the wheel out.
 */
final class ChannelSlice implements SeekableByteChannel {

    private final SeekableByteChannel whole;
    private final long start;
    private final long size;
    private long position;

    ChannelSlice(SeekableByteChannel whole, long start, long size) {
        this.whole = whole;
        this.start = start;
        this.size = size;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (position >= size) {
            return -1;
        }
        int wanted = (int) Math.min(dst.remaining(), size - position);
        ByteBuffer view = dst.slice();
        view.limit(wanted);
        whole.position(start + position);
        int n = whole.read(view);
        if (n > 0) {
            dst.position(dst.position() + n);
            position += n;
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public SeekableByteChannel truncate(long newSize) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return whole.isOpen();
    }

    @Override
    public void close() {
        // The whole channel belongs to whoever opened it.
    }
}
