package dev.wheelhouse.logs;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The digit-by-digit reading of GitHub's stamp gives what {@link Instant#parse} gives. */
class LogStampsPropertiesTest {

    @Property(tries = 2000)
    void theRunnersStampReadsAsInstantParseReadsIt(@ForAll @LongRange(min = 0, max = 4_102_444_799L) long second,
                                                   @ForAll @LongRange(min = 0, max = 9_999_999) long fraction) {
        Instant t = Instant.ofEpochSecond(second, fraction * 100);
        String stamp = String.format("%sT%02d:%02d:%02d.%07dZ", t.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                t.atZone(java.time.ZoneOffset.UTC).getHour(), t.atZone(java.time.ZoneOffset.UTC).getMinute(),
                t.atZone(java.time.ZoneOffset.UTC).getSecond(), fraction);
        assertEquals(Instant.parse(stamp), LogStamps.parse(stamp + " ##[group]Run x"));
    }

    @Example
    void impossibleDatesAndOtherFormsAreLeftToInstantParse() {
        assertNull(LogStamps.parse("2024-02-30T12:00:00.1234567Z day thirty of February"));
        assertNull(LogStamps.parse("2024-03-01T24:00:00.1234567Z hour 24"));
        assertEquals(Instant.parse("2024-03-01T12:00:00.12Z"), LogStamps.parse("2024-03-01T12:00:00.12Z two digits"));
        assertEquals(Instant.parse("2024-03-01T12:00:00Z"), LogStamps.parse("2024-03-01T12:00:00Z none"));
        assertNull(LogStamps.parse("2024-03-01T12:0x:00.1234567Z a letter"));
    }
}
