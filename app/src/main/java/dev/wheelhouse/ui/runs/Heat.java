package dev.wheelhouse.ui.runs;

import dev.wheelhouse.sccache.HitRate;

/**
 * A hit rate as a heat colour on the run grid: cold (nearly every compilation missed) to hot
 * (nearly every one was a hit). The bands are wide on purpose: the colour says "cold run or warm
 * run" at a glance, the hover gives the exact figures.
 */
public enum Heat {
    COLD("heat-cold"),
    COOL("heat-cool"),
    WARM("heat-warm"),
    HOT("heat-hot"),
    /** Nothing went through sccache: not 0 %, a different state (issue 7). */
    NO_COMPILATIONS("heat-none");

    private final String styleClass;

    Heat(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }

    /** The band for a measured rate; null when the rate is unknown. */
    public static Heat of(HitRate rate) {
        if (rate.noCompilations()) {
            return NO_COMPILATIONS;
        }
        if (rate.percent().isEmpty()) {
            return null;
        }
        double percent = rate.percent().getAsDouble();
        if (percent < 25) {
            return COLD;
        }
        if (percent < 50) {
            return COOL;
        }
        return percent < 80 ? WARM : HOT;
    }
}
