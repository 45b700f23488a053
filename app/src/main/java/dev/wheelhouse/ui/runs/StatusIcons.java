package dev.wheelhouse.ui.runs;

import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A status as an icon and a word in its colour: never colour alone. */
final class StatusIcons {

    private StatusIcons() {
    }

    static Ikon icon(StatusBadge badge) {
        return switch (badge) {
            case WAITING -> Material2MZ.SCHEDULE;
            case QUEUED -> Material2AL.HOURGLASS_EMPTY;
            case RUNNING -> Material2AL.AUTORENEW;
            case SUCCESS -> Material2AL.CHECK_CIRCLE;
            case FAILED -> Material2AL.ERROR;
            case TIMED_OUT -> Material2MZ.TIMER_OFF;
            case CANCELLED -> Material2AL.BLOCK;
            case SKIPPED, NEUTRAL -> Material2MZ.SKIP_NEXT;
            case EXCLUDED -> Material2MZ.REMOVE_CIRCLE_OUTLINE;
            case NONE -> Material2MZ.REMOVE;
        };
    }

    static FontIcon graphic(StatusBadge badge) {
        FontIcon icon = new FontIcon(icon(badge));
        icon.getStyleClass().addAll("status-icon", badge.styleClass());
        return icon;
    }

    /** The icon and {@code text} (the word when null), coloured by the status. */
    static Label label(StatusBadge badge, String text) {
        Label label = new Label(text == null ? badge.word() : text, graphic(badge));
        label.getStyleClass().addAll("status-label", badge.styleClass());
        return label;
    }

    /** Sets an existing label to a status (the summary line's badge). */
    static void show(Label label, StatusBadge badge, String text) {
        label.setText(text);
        label.setGraphic(graphic(badge));
        for (StatusBadge b : StatusBadge.values()) {
            label.getStyleClass().remove(b.styleClass());
        }
        label.getStyleClass().add(badge.styleClass());
    }
}
