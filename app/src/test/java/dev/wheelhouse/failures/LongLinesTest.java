package dev.wheelhouse.failures;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A line is judged by its first kilobytes: a tool's message starts there, a minified blob's "error" deep inside does not count. */
class LongLinesTest {

    private static FailureReport read(String log) throws IOException {
        return new FailureReader().read(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), JobHints.NONE);
    }

    @Test
    void aFailureAtTheStartOfAVeryLongLineIsFoundWithItsLineNumber() throws IOException {
        String log = "ok\nOSError: [Errno 28] No space left on device: '" + "x".repeat(200_000) + "'\nafter\n";

        Failure f = read(log).primary().orElseThrow();

        assertEquals(FailureClass.OUT_OF_DISK, f.failureClass());
        assertEquals(2, f.line());
        assertTrue(f.text().length() <= FailureReader.MAX_EXAMINED_BYTES, "the key line's text is cut, not held whole");
    }

    @Test
    void wordsDeepInsideAMinifiedLineAreNoFailure() throws IOException {
        String log = "ok\n" + "var a=1;".repeat(3_000) + "throw new Error('No space left on device')\nok\n";

        assertEquals(FailureClass.UNKNOWN, read(log).failureClass());
    }
}
