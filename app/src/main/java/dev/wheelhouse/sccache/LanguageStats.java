package dev.wheelhouse.sccache;

/**
 * One language's figures in a block ({@code Cache hits (Rust)}, {@code Cache misses (C/C++)},
 * {@code Cache errors (CUDA)}). Null where the block does not say: sccache prints a language's
 * line only when its count is non-zero, so an absent line is 0 in a block that went past it and
 * unknown in a block cut before it.
 */
public record LanguageStats(Long hits, Long misses, Long errors) {

    /** sccache's per-language rate ({@code Cache hits rate (Rust)}). */
    public HitRate hitRate() {
        return HitRate.sccache(hits, misses);
    }
}
