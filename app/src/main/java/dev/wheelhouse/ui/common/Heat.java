package dev.wheelhouse.ui.common;

import dev.wheelhouse.sccache.HitRate;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.OptionalDouble;

/**
 * A hit rate as a heat band, each with a word, an icon and a style class (colour comes from the
 * theme through {@code wheelhouse.css}), so a cell, a badge or a chart shows it the same way and
 * never by colour alone. Shared by the Cache screen and the run grid.
 */
public enum Heat {
    /** Below {@value #LUKEWARM_FROM} %: most compilations ran again. */
    COLD("cold", Material2AL.AC_UNIT),
    /** From {@value #LUKEWARM_FROM} % to below {@value #WARM_FROM} %. */
    LUKEWARM("lukewarm", Material2MZ.WB_CLOUDY),
    /** From {@value #WARM_FROM} %: most compilations came from the cache. */
    WARM("warm", Material2AL.LOCAL_FIRE_DEPARTMENT),
    /** Nothing was looked up: the compiler did not go through sccache (not a 0 % rate). */
    NO_COMPILATIONS("nothing compiled", Material2AL.BLOCK),
    /** No figures: the log had none, or they are not read yet. */
    UNKNOWN("no figures", Material2AL.HELP_OUTLINE);

    public static final int LUKEWARM_FROM = 30;
    public static final int WARM_FROM = 70;

    private final String word;
    private final Ikon icon;

    Heat(String word, Ikon icon) {
        this.word = word;
        this.icon = icon;
    }

    public static Heat of(HitRate rate) {
        if (rate == null || rate.state() == HitRate.State.UNKNOWN) {
            return UNKNOWN;
        }
        if (rate.noCompilations()) {
            return NO_COMPILATIONS;
        }
        return ofPercent(rate.percent());
    }

    /** A percentage's band; an empty one is {@link #NO_COMPILATIONS}, as a trend point has it. */
    public static Heat ofPercent(OptionalDouble percent) {
        if (percent.isEmpty()) {
            return NO_COMPILATIONS;
        }
        double p = percent.getAsDouble();
        return p < LUKEWARM_FROM ? COLD : p < WARM_FROM ? LUKEWARM : WARM;
    }

    public String word() {
        return word;
    }

    public Ikon icon() {
        return icon;
    }

    /** {@code heat-cold}, {@code heat-no-compilations}, …: background and text colour in the theme. */
    public String styleClass() {
        return "heat-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
