package dev.wheelhouse.ui.cache;

import dev.wheelhouse.sccache.HitRate;
import dev.wheelhouse.ui.common.Heat;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** A hit rate as a small badge: the heat's icon and colour, the rate as its tool prints it, and the word. */
public final class HeatBadge extends Label {

    public HeatBadge() {
        getStyleClass().add("heat-badge");
        show(null);
    }

    /** Shows {@code rate}; null shows "no figures". */
    public void show(HitRate rate) {
        Heat heat = Heat.of(rate);
        getStyleClass().removeIf(c -> c.startsWith("heat-") && !c.equals("heat-badge"));
        getStyleClass().add(heat.styleClass());
        FontIcon icon = new FontIcon(heat.icon());
        icon.getStyleClass().add("heat-icon");
        setGraphic(icon);
        boolean measured = rate != null && rate.measured();
        setText(measured ? rate.display() + " · " + heat.word() : heat.word());
        String tool = rate == null || rate.definition() == HitRate.Definition.SCCACHE ? "sccache" : "sccache-action";
        setTooltip(new Tooltip(rate == null ? "No sccache figures"
                : rate.label() + " (as " + tool + " defines it): " + rate.display()));
    }
}
