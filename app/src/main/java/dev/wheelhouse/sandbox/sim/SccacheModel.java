package dev.wheelhouse.sandbox.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The compile work of one wheel job of a Rust + PyO3 project, as sccache would count it.
 * Modelled on the reference case: about 150–180 Rust crates (nalgebra, pyo3, numpy, …) and
 * a few C/C++ units per architecture (macOS builds two: x86_64 and arm64), binary and
 * proc-macro crates non-cacheable ({@code crate-type}), probe calls non-cacheable ({@code -}).
 * A first run on a cache key hits almost nothing; a later run on the same key about 94%
 * (the reference case's figure); a key another Python version wrote shares the dependency
 * crates, so it lands in between.
 */
public final class SccacheModel {

    private SccacheModel() {
    }

    public static SccacheStats stats(PlannedJob job, CacheWarmth warmth, CacheFault fault,
                                     SplittableRandom random) {
        int archs = job.os() == RunnerOs.MACOS ? 2 : 1;
        int rust = (150 + random.nextInt(31)) * archs;
        int cpp = (8 + random.nextInt(9)) * archs;
        double rustFraction = switch (warmth) {
            case COLD -> random.nextDouble(0.0, 0.02);
            case SHARED -> random.nextDouble(0.78, 0.88);
            case WARM -> random.nextDouble(0.93, 0.965);
        };
        double cppFraction = Math.max(0, rustFraction - random.nextDouble(0.0, 0.08));
        int rustHits = (int) Math.round(rust * rustFraction);
        int cppHits = (int) Math.round(cpp * cppFraction);
        Map<String, Integer> hits = new LinkedHashMap<>();
        Map<String, Integer> misses = new LinkedHashMap<>();
        putIfPositive(hits, "C/C++", cppHits);
        putIfPositive(hits, "Rust", rustHits);
        putIfPositive(misses, "C/C++", cpp - cppHits);
        putIfPositive(misses, "Rust", rust - rustHits);
        int missCount = rust - rustHits + cpp - cppHits;
        Map<String, Integer> reasons = new LinkedHashMap<>();
        reasons.put("crate-type", (28 + random.nextInt(13)) * archs);
        reasons.put("-", 8 + random.nextInt(7));
        int nonCacheable = reasons.values().stream().mapToInt(Integer::intValue).sum();
        int executed = rustHits + cppHits + missCount;
        boolean writesFail = fault == CacheFault.WRITE_ERRORS;
        return new SccacheStats(executed + nonCacheable, executed, hits, misses, 0,
                writesFail ? missCount : 0, writesFail ? 0 : missCount, 0, nonCacheable, reasons, 0,
                random.nextDouble(0.004, 0.05), random.nextDouble(0.6, 1.8), random.nextDouble(0.01, 0.08));
    }

    /**
     * Simulated seconds of the wheel build step for this much compile work: environment set-up,
     * then misses compiled for real and hits fetched from the cache.
     */
    public static long buildSeconds(PlannedJob job, SccacheStats work, SplittableRandom random) {
        double seconds = random.nextDouble(45, 90)
                + work.totalMisses() * random.nextDouble(1.3, 1.7)
                + work.totalHits() * random.nextDouble(0.06, 0.1);
        if (job.os() == RunnerOs.WINDOWS) {
            seconds *= 1.25;
        } else if (job.os() == RunnerOs.MACOS) {
            // Two architectures' worth of crates, on the faster Apple-silicon runners.
            seconds *= 0.75;
        }
        if (job.compilesInContainer()) {
            // cibuildwheel pulls the manylinux image, installs rustup and sccache inside it.
            seconds += random.nextDouble(35, 60);
        }
        return Math.round(seconds);
    }

    private static void putIfPositive(Map<String, Integer> map, String key, int value) {
        if (value > 0) {
            map.put(key, value);
        }
    }
}
