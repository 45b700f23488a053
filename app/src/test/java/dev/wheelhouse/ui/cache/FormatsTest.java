package dev.wheelhouse.ui.cache;

import dev.wheelhouse.sccache.CacheTotals;
import dev.wheelhouse.sccache.HitRate;
import dev.wheelhouse.ui.common.Heat;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words and bands the Cache screen shows figures in. */
class FormatsTest {

    @Test
    void sizesAreWrittenInPowersOf1024AsGitHubsCachePagesDo() {
        assertEquals("900 B", ByteSize.text(900));
        assertEquals("1.4 MB", ByteSize.text(1_468_006));
        assertEquals("512 MB", ByteSize.text(512L << 20));
        assertEquals("7 GB", ByteSize.text(6_997_406_289L + 516_000_000L));
        assertEquals("6.5 GB", ByteSize.text(6_997_406_289L));
        assertEquals("10 GB", ByteSize.text(10L << 30));
    }

    @Test
    void agesCountWholeMinutesHoursAndDays() {
        Instant now = Instant.parse("2026-06-09T12:00:00Z");
        assertEquals("just now", TimeAgo.text(now.minusSeconds(59), now));
        assertEquals("12 min ago", TimeAgo.text(now.minusSeconds(12 * 60 + 30), now));
        assertEquals("3 h ago", TimeAgo.text(now.minusSeconds(3 * 3600 + 59 * 60), now));
        assertEquals("1 day ago", TimeAgo.text(now.minusSeconds(86_400), now));
        assertEquals("6 days ago", TimeAgo.text(now.minusSeconds(6 * 86_400 + 1), now));
    }

    @Test
    void aHitRateFallsInABandByItsPercentAndNothingCompiledIsNoBandOfHeat() {
        assertEquals(Heat.COLD, Heat.of(HitRate.sccache(29L, 71L)));
        assertEquals(Heat.LUKEWARM, Heat.of(HitRate.sccache(30L, 70L)));
        assertEquals(Heat.LUKEWARM, Heat.of(HitRate.sccache(69L, 31L)));
        assertEquals(Heat.WARM, Heat.of(HitRate.sccache(70L, 30L)));
        assertEquals(Heat.NO_COMPILATIONS, Heat.of(HitRate.sccache(0L, 0L)));
        assertEquals(Heat.UNKNOWN, Heat.of(HitRate.sccache(null, 3L)));
        assertEquals(Heat.UNKNOWN, Heat.of(null));
        assertEquals(Heat.WARM, Heat.of(HitRate.notice(88, 88, 12, 0)), "sccache-action's rate too");
        assertEquals(Heat.NO_COMPILATIONS, Heat.ofPercent(OptionalDouble.empty()));
        assertEquals("heat-no-compilations", Heat.NO_COMPILATIONS.styleClass());
    }

    @Test
    void aLanguagesFiguresGiveTheRateAndCountsOrSayNothingCompiled() {
        assertEquals("87.5 % · 1,400 hits · 200 misses", LanguageBars.figures(new CacheTotals(1400, 200, 3)));
        assertEquals("nothing compiled", LanguageBars.figures(CacheTotals.ZERO));
    }
}
