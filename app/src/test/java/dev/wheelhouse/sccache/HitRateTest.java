package dev.wheelhouse.sccache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HitRateTest {

    @ParameterizedTest(name = "{0} hits, {1} misses -> {2}")
    @CsvSource({
            "7, 1, 87.50 %",        // sample 13
            "17, 763, 2.18 %",      // sample 29, printed by sccache
            "226, 13, 94.56 %",     // sample 24
            "1150, 339, 77.23 %",   // sample 26
            "609, 1, 99.84 %",      // sample 22
            "300, 350, 46.15 %",    // sccache's own test_print_cache_hits_rate_server_stats
            "100, 50, 66.67 %",
            "0, 4, 0.00 %",
            "5, 0, 100.00 %"})
    void sccacheRateIsHitsOverHitsPlusMissesWithTwoDecimals(long hits, long misses, String printed) {
        HitRate rate = HitRate.sccache(hits, misses);
        assertEquals(printed, rate.display());
        assertEquals("Cache hits rate", rate.label());
        assertTrue(rate.measured());
    }

    @Test
    void noLookupsIsNoCompilationsNotZeroPercent() {
        HitRate rate = HitRate.sccache(0L, 0L);
        assertTrue(rate.noCompilations());
        assertTrue(rate.percent().isEmpty());
        assertEquals("-", rate.display());
        assertFalse(rate.measured());
    }

    @Test
    void missingFiguresGiveAnUnknownRate() {
        assertEquals(HitRate.State.UNKNOWN, HitRate.sccache(5L, null).state());
        assertTrue(HitRate.sccache(null, 5L).percent().isEmpty());
    }

    @Test
    void aPrintedDashIsNoCompilationsAndAPrintedPercentIsKeptAsPrinted() {
        assertTrue(HitRate.printedBySccache("-").noCompilations());
        assertEquals("24.64", HitRate.printedBySccache("24.64 %").value().toPlainString());
        assertNull(HitRate.printedBySccache("n/a"));
    }

    @Test
    void sccacheActionCountsErrorsInTheDenominatorAndRoundsToAWholePercent() {
        // README: 9 hits and 1 miss caused by a read error: sccache 90.00 %, the notice 82%.
        assertEquals("90.00 %", HitRate.sccache(9L, 1L).display());
        HitRate action = HitRate.sccacheAction(9, 1, 1);
        assertEquals("82%", action.display());
        assertEquals("Cache hit %", action.label());
        assertEquals("88%", HitRate.sccacheAction(7, 1, 0).display(), "sample 13: 87.5 rounds half up");
        assertEquals("2%", HitRate.sccacheAction(17, 763, 0).display(), "sample 29");
    }

    @Test
    void sccacheActionPrintsZeroPercentForNothingButStillMeansNoCompilations() {
        HitRate rate = HitRate.sccacheAction(0, 0, 0);
        assertEquals("0%", rate.display());
        assertTrue(rate.noCompilations());
    }
}
