package dev.wheelhouse.ui.runs;

import dev.wheelhouse.sccache.HitRate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CacheLinesTest {

    @Test
    void aCellWhoseJobCompiledNothingThroughSccacheSaysWhatTheLegendSays() {
        assertEquals("nothing compiled", CacheLines.shortRate(HitRate.sccache(0L, 0L)));
    }

    @Test
    void aCellWithLookupsShowsItsRoundedRate() {
        assertEquals("94 %", CacheLines.shortRate(HitRate.sccache(94L, 6L)));
    }
}
