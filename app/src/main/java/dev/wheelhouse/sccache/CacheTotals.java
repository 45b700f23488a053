package dev.wheelhouse.sccache;

/**
 * Hits, misses and cache errors added up over readings, jobs or runs.
 */
public record CacheTotals(long hits, long misses, long errors) {

    public static final CacheTotals ZERO = new CacheTotals(0, 0, 0);

    /** A block's totals; a figure the block does not give counts as 0. */
    public static CacheTotals of(SccacheStats block) {
        return new CacheTotals(orZero(block.hits()), orZero(block.misses()), orZero(block.errors()));
    }

    public static CacheTotals of(LanguageStats language) {
        return new CacheTotals(orZero(language.hits()), orZero(language.misses()), orZero(language.errors()));
    }

    public CacheTotals plus(CacheTotals other) {
        return new CacheTotals(hits + other.hits, misses + other.misses, errors + other.errors);
    }

    /** sccache's rate over these totals ({@code hits / (hits + misses)}). */
    public HitRate hitRate() {
        return HitRate.sccache(hits, misses);
    }

    /** sccache-action's rate over these totals (errors in the denominator, whole percent). */
    public HitRate actionHitRate() {
        return HitRate.sccacheAction(hits, misses, errors);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
