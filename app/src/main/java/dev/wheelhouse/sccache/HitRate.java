package dev.wheelhouse.sccache;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A cache hit rate as one of the two tools that print one defines it.
 *
 * <p>sccache ({@code ServerStats::set_percentage_stats} in
 * <a href="https://github.com/mozilla/sccache/blob/main/src/server.rs">src/server.rs</a>, from 0.8.2)
 * prints {@code hits / (hits + misses)} as {@code "87.50 %"}, or {@code "-"} when nothing was looked
 * up. sccache-action
 * (<a href="https://github.com/Mozilla-Actions/sccache-action/blob/main/src/show_stats.ts">src/show_stats.ts</a>)
 * prints {@code Math.round(hits / (hits + misses + errors) * 100 || 0)} as {@code "88%"}, so a
 * cache read error (already one of the misses) counts twice and 0/0 reads as {@code 0%}.
 *
 * <p>"No compilation went through sccache" is its own state, never a 0% rate. A notice that
 * said {@code 0%} for 0/0 keeps the figure it printed, but still reports
 * {@link #noCompilations()}.
 *
 * @param definition whose formula and label this rate follows
 * @param value      the percentage, null when there is none (nothing compiled, or figures missing)
 * @param state      whether the rate measures something
 */
public record HitRate(Definition definition, BigDecimal value, State state) {

    /** Whose formula, and the label that tool gives it. */
    public enum Definition {
        SCCACHE("Cache hits rate"),
        SCCACHE_ACTION("Cache hit %");

        private final String label;

        Definition(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the rate measures compilations. */
    public enum State {
        MEASURED,
        /** Hits and misses are both zero: the compiler did not go through sccache, or stats were reset. */
        NO_COMPILATIONS,
        /** The block does not give the figures the rate needs. */
        UNKNOWN
    }

    public HitRate {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(state, "state");
    }

    /** sccache's rate from its totals, rounded as sccache rounds it (two decimals). */
    public static HitRate sccache(Long hits, Long misses) {
        if (hits == null || misses == null) {
            return new HitRate(Definition.SCCACHE, null, State.UNKNOWN);
        }
        long total = hits + misses;
        if (total == 0) {
            return new HitRate(Definition.SCCACHE, null, State.NO_COMPILATIONS);
        }
        // Same IEEE operations as sccache's `count_hits as f64 / total as f64 * 100.0`, then
        // Rust's `{:.2}`, which rounds the exact binary value half-to-even.
        double percent = (double) hits / (double) total * 100.0;
        return new HitRate(Definition.SCCACHE,
                new BigDecimal(percent).setScale(2, RoundingMode.HALF_EVEN), State.MEASURED);
    }

    /**
     * The rate sccache printed on its {@code Cache hits rate} line: {@code "2.18 %"} or {@code "-"}.
     * Returns null when the text is neither.
     */
    public static HitRate printedBySccache(String printed) {
        String text = printed.strip();
        if (text.equals("-")) {
            return new HitRate(Definition.SCCACHE, null, State.NO_COMPILATIONS);
        }
        if (!text.endsWith("%")) {
            return null;
        }
        String number = text.substring(0, text.length() - 1).strip();
        if (!number.matches("\\d{1,3}(\\.\\d+)?")) {
            return null;
        }
        return new HitRate(Definition.SCCACHE, new BigDecimal(number), State.MEASURED);
    }

    /** The whole-number rate sccache-action printed in its notice, with the counts beside it. */
    public static HitRate notice(int percent, long hits, long misses, long errors) {
        State state = hits + misses == 0 ? State.NO_COMPILATIONS : State.MEASURED;
        return new HitRate(Definition.SCCACHE_ACTION, BigDecimal.valueOf(percent), state);
    }

    /** sccache-action's rate computed from counts, as its notice would print it. */
    public static HitRate sccacheAction(long hits, long misses, long errors) {
        long denominator = hits + misses + errors;
        // Math.round(x / y * 100 || 0): NaN (0/0) becomes 0; JavaScript and Java both round half up.
        long percent = denominator == 0 ? 0 : Math.round((double) hits / (double) denominator * 100.0);
        return notice((int) percent, hits, misses, errors);
    }

    /** The percentage, when there is one. */
    public OptionalDouble percent() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.doubleValue());
    }

    public boolean noCompilations() {
        return state == State.NO_COMPILATIONS;
    }

    public boolean measured() {
        return state == State.MEASURED;
    }

    /** The label the defining tool prints beside the rate. */
    public String label() {
        return definition.label();
    }

    /** The rate as its tool prints it: {@code "87.50 %"}, {@code "-"}, {@code "88%"}; "?" when unknown. */
    public String display() {
        if (definition == Definition.SCCACHE_ACTION) {
            return value == null ? "?" : value.toPlainString() + "%";
        }
        return switch (state) {
            case MEASURED -> value.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
            case NO_COMPILATIONS -> "-";
            case UNKNOWN -> "?";
        };
    }
}
