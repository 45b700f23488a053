package dev.wheelhouse.sccache;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One run against an earlier one of the same workflow: did the cache warm up (a second run
 * reusing the first run's entries) or go cold (entries evicted, keys changed)?
 */
public record RunComparison(RunCacheSummary earlier, RunCacheSummary later) {

    /** Change under which a run counts as neither warmer nor colder, in percentage points. */
    public static final double UNCHANGED_WITHIN_POINTS = 1.0;

    public enum Trend { WARMER, COLDER, UNCHANGED, NOT_COMPARABLE }

    public RunComparison {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
    }

    /** Later rate minus earlier rate, in percentage points; empty if either has no rate. */
    public OptionalDouble hitRateChange() {
        return change(earlier.hitRate(), later.hitRate());
    }

    public Trend trend() {
        OptionalDouble change = hitRateChange();
        if (change.isEmpty()) {
            return Trend.NOT_COMPARABLE;
        }
        double points = change.getAsDouble();
        if (Math.abs(points) < UNCHANGED_WITHIN_POINTS) {
            return Trend.UNCHANGED;
        }
        return points > 0 ? Trend.WARMER : Trend.COLDER;
    }

    /** Per-language rate change in percentage points, for languages present in either run. */
    public Map<String, OptionalDouble> languageRateChanges() {
        Set<String> names = new LinkedHashSet<>(earlier.languages().keySet());
        names.addAll(later.languages().keySet());
        Map<String, OptionalDouble> result = new LinkedHashMap<>();
        for (String name : names) {
            CacheTotals before = earlier.languages().get(name);
            CacheTotals after = later.languages().get(name);
            result.put(name, before == null || after == null ? OptionalDouble.empty()
                    : change(before.hitRate(), after.hitRate()));
        }
        return Collections.unmodifiableMap(result);
    }

    public long hitsChange() {
        return later.totals().hits() - earlier.totals().hits();
    }

    public long missesChange() {
        return later.totals().misses() - earlier.totals().misses();
    }

    private static OptionalDouble change(HitRate before, HitRate after) {
        if (before.percent().isEmpty() || after.percent().isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(after.percent().getAsDouble() - before.percent().getAsDouble());
    }
}
