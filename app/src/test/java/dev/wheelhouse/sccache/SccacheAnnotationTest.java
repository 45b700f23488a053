package dev.wheelhouse.sccache;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SccacheAnnotationTest {

    @Test
    void theActionsNoticeAnnotationGivesTheNoticeFiguresAndTheJob() {
        SccacheStats b = SccacheAnnotation.parse("notice", "sccache stats - build-wheels (3.12, macos-14)",
                "88% - 7 hits, 1 miss, 0 errors").orElseThrow();
        assertEquals(StatsFormat.NOTICE, b.format());
        assertEquals(7L, b.hits());
        assertEquals(1L, b.misses());
        assertEquals(0L, b.errors());
        assertEquals("88%", b.hitRate().display());
        assertEquals("build-wheels (3.12, macos-14)", b.step());
        assertNull(b.compileRequests());
    }

    @Test
    void theTitleBeforeV0010NamesNoJob() {
        SccacheStats b = SccacheAnnotation.parse("notice", "sccache stats", "2% - 17 hits, 763 misses, 0 errors")
                .orElseThrow();
        assertNull(b.step());
        assertEquals(763L, b.misses());
    }

    @Test
    void otherAnnotationsAreNotStats() {
        assertEquals(Optional.empty(), SccacheAnnotation.parse("warning", "sccache stats", "88% - 7 hits, 1 miss, 0 errors"));
        assertEquals(Optional.empty(), SccacheAnnotation.parse("notice", "Spell Checker", "88% - 7 hits, 1 miss, 0 errors"));
        assertEquals(Optional.empty(), SccacheAnnotation.parse("notice", "sccache stats", "Check your spelling"));
        assertEquals(Optional.empty(), SccacheAnnotation.parse("notice", null, "88% - 7 hits, 1 miss, 0 errors"));
    }
}
