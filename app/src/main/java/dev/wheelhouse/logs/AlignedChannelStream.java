package dev.wheelhouse.logs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.util.Objects;

/**
 * A file channel read as a stream through {@link AlignedReads}: for the one-thread pass over a
 * file, which would otherwise read through the JDK's unaligned temporary buffer. Does not close
 * the channel.
 */
final class AlignedChannelStream extends InputStream {

    private final FileChannel channel;
    private final AlignedReads reads;

    /** @param size the file's size: a small log (a job's, in the window) gets a buffer no larger than itself */
    AlignedChannelStream(FileChannel channel, long size) {
        this.channel = channel;
        this.reads = new AlignedReads((int) Math.max(1, Math.min(AlignedReads.PIECE_BYTES, size)));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        return reads.read(channel, b, off, len);
    }
}
