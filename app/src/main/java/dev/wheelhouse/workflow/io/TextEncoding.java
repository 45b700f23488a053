package dev.wheelhouse.workflow.io;

import java.util.Optional;

/**
 * Names the encoding of text that is not UTF-8, so a refusal can say what the file is: a
 * UTF-16 or UTF-32 file (Windows editors save "Unicode" as UTF-16) is text in the wrong
 * encoding, not "a binary file".
 */
final class TextEncoding {

    private TextEncoding() {
    }

    /** The encoding the bytes are in, when they are UTF-16 or UTF-32 text; empty otherwise. */
    static Optional<String> wideEncoding(byte[] bytes, int length) {
        if (length >= 4 && b(bytes, 0) == 0xFF && b(bytes, 1) == 0xFE && b(bytes, 2) == 0 && b(bytes, 3) == 0) {
            return Optional.of("UTF-32 (little-endian)");
        }
        if (length >= 4 && b(bytes, 0) == 0 && b(bytes, 1) == 0 && b(bytes, 2) == 0xFE && b(bytes, 3) == 0xFF) {
            return Optional.of("UTF-32 (big-endian)");
        }
        if (length >= 2 && b(bytes, 0) == 0xFF && b(bytes, 1) == 0xFE) {
            return Optional.of("UTF-16 (little-endian)");
        }
        if (length >= 2 && b(bytes, 0) == 0xFE && b(bytes, 1) == 0xFF) {
            return Optional.of("UTF-16 (big-endian)");
        }
        return withoutByteOrderMark(bytes, length);
    }

    /**
     * Without a byte order mark: ASCII text in UTF-16 has a zero in every other byte, on the odd
     * positions for little-endian and the even ones for big-endian. Judged on the first 4 KB.
     */
    private static Optional<String> withoutByteOrderMark(byte[] bytes, int length) {
        int n = Math.min(length, 4096) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                zeroEven++;
            }
            if (bytes[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int pairs = n / 2;
        if (zeroOdd * 10 >= pairs * 9 && zeroEven * 10 < pairs) {
            return Optional.of("UTF-16 (little-endian)");
        }
        if (zeroEven * 10 >= pairs * 9 && zeroOdd * 10 < pairs) {
            return Optional.of("UTF-16 (big-endian)");
        }
        return Optional.empty();
    }

    private static int b(byte[] bytes, int i) {
        return bytes[i] & 0xFF;
    }
}
