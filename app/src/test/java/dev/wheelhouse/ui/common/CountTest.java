package dev.wheelhouse.ui.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountTest {

    @Test
    void oneTakesTheSingularEveryOtherCountThePluralWithGroupedDigits() {
        assertEquals("1 hit", Count.of(1, "hit", "hits"));
        assertEquals("0 misses", Count.of(0, "miss", "misses"));
        assertEquals("1,204 hits", Count.of(1204, "hit", "hits"));
    }
}
