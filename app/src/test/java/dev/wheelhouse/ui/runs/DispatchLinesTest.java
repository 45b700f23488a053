package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.dispatch.DispatchRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DispatchLinesTest {

    private static DispatchRecord dispatched(Map<String, Object> inputs) {
        return new DispatchRecord("wheelhouse-demo/satkit", "release.yml", "wheelhouse/release-20261125-1530", inputs,
                OptionalLong.of(21000000010L), Instant.parse("2026-11-25T15:30:00Z"));
    }

    @Test
    void namesTheRefTheLocalTimeAndTheInputsInNameOrderQuotingTextThatWouldReadAmbiguously() {
        String line = DispatchLines.of(dispatched(Map.of("python", "3.12", "note", "cold, then warm",
                "publish", false, "retries", 3, "tag", "")), ZoneId.of("Europe/Berlin"));

        assertEquals("Dispatched from Wheelhouse on wheelhouse/release-20261125-1530 at 25 Nov 2026 16:30 with inputs "
                + "note=\"cold, then warm\", publish=false, python=3.12, retries=3, tag=\"\"", line);
    }

    @Test
    void saysSoWhenTheWorkflowTookNoInputs() {
        assertEquals("Dispatched from Wheelhouse on wheelhouse/release-20261125-1530 at 25 Nov 2026 15:30 with no inputs",
                DispatchLines.of(dispatched(Map.of()), ZoneId.of("UTC")));
    }
}
