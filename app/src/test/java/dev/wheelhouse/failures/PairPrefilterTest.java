package dev.wheelhouse.failures;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prefilter reads the text the readers decode: colour codes and NULs are passed over, not a reason to look closer. */
class PairPrefilterTest {

    private final PairPrefilter filter = new PairPrefilter(List.of("error: ", "Killed", "##[group]"));

    private boolean mayHold(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return filter.mayHold(b, 0, b.length);
    }

    @Test
    void aColouredLineWithoutAStringIsPassedOver() {
        assertFalse(mayHold("   \u001b[1m\u001b[32mCompiling\u001b[0m thiserror v1.0.61"));
        assertFalse(mayHold("\u0000\u0000 plain text\u0000"));
        assertFalse(mayHold("\u001b[0m\u001b[1m"));
    }

    @Test
    void aStringSplitByAColourCodeOrANulIsSeen() {
        assertTrue(mayHold("\u001b[1m\u001b[31merr\u001b[0mor\u001b[1m: \u001b[0mlinking failed"));
        assertTrue(mayHold("Kil\u0000led"));
        assertTrue(mayHold("\u001b[36m##[gro\u001b[0mup]Run cargo test"));
    }
}
