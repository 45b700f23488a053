package dev.wheelhouse.logs;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a log's bytes encode its text. GitHub and most tools write UTF-8; Windows PowerShell 5.1's
 * {@code >} and {@code Out-File} write UTF-16 little-endian with a byte-order mark, so a saved
 * {@code sccache --show-stats} from a Windows job often arrives as UTF-16.
 */
public enum LogEncoding {
    UTF_8(StandardCharsets.UTF_8, "UTF-8"),
    UTF_16LE(StandardCharsets.UTF_16LE, "UTF-16 little-endian"),
    UTF_16BE(StandardCharsets.UTF_16BE, "UTF-16 big-endian");

    private final Charset charset;
    private final String label;

    LogEncoding(Charset charset, String label) {
        this.charset = charset;
        this.label = label;
    }

    public Charset charset() {
        return charset;
    }

    /** As said to a user: "UTF-16 little-endian". */
    public String label() {
        return label;
    }

    /** Bytes of a byte-order mark at the start of {@code b[0, length)} for this encoding, 0 when none. */
    int markLength(byte[] b, int length) {
        return switch (this) {
            case UTF_8 -> length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
            case UTF_16LE -> length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE ? 2 : 0;
            case UTF_16BE -> length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF ? 2 : 0;
        };
    }

    /**
     * The encoding of a stream starting with {@code b[0, length)}: its byte-order mark, or, without
     * one, UTF-16 when every other byte of the first characters is NUL (ASCII text in UTF-16).
     */
    static LogEncoding detect(byte[] b, int length) {
        if (UTF_16LE.markLength(b, length) > 0) {
            return UTF_16LE;
        }
        if (UTF_16BE.markLength(b, length) > 0) {
            return UTF_16BE;
        }
        int pairs = Math.min(length, 64) / 2;
        if (pairs < 2) {
            return UTF_8;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs; i++) {
            evenNul += b[2 * i] == 0 ? 1 : 0;
            oddNul += b[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddNul == pairs && evenNul == 0) {
            return UTF_16LE;
        }
        if (evenNul == pairs && oddNul == 0) {
            return UTF_16BE;
        }
        return UTF_8;
    }
}
