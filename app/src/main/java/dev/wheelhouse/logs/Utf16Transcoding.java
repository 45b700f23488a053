package dev.wheelhouse.logs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-16 stream read as UTF-8 bytes, so the byte-level line reader reads a log saved by Windows
 * PowerShell as it reads any other. Malformed input becomes U+FFFD. The rare path: speed is not
 * its concern, bounded memory is (two small buffers).
 */
final class Utf16Transcoding extends InputStream {

    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192 + 16);
    private boolean endOfInput;

    /** The transcoding of a stream whose first bytes ({@code head}, after the byte-order mark) were read already. */
    static InputStream of(byte[] head, InputStream rest, LogEncoding encoding) {
        return new Utf16Transcoding(new SequenceInputStream(new ByteArrayInputStream(head), rest), encoding);
    }

    Utf16Transcoding(InputStream in, LogEncoding encoding) {
        this.reader = new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (endOfInput && !chars.hasRemaining()) {
                return -1;
            }
            refill();
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    private void refill() throws IOException {
        chars.compact();
        int n = endOfInput ? -1 : reader.read(chars);
        if (n < 0) {
            endOfInput = true;
        }
        chars.flip();
        bytes.clear();
        encoder.encode(chars, bytes, endOfInput);
        if (endOfInput && !chars.hasRemaining()) {
            encoder.flush(bytes);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
