package dev.wheelhouse.ui.runs;

import dev.wheelhouse.ui.common.Heat;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One cell of the run grid: the job's state as icon and word, its time under them, and the
 * sccache hit rate as a heat band along the bottom once known, the figures on hover.
 */
final class RunCellView {

    private RunCellView() {
    }

    static Node of(RunCell cell) {
        Label state = StatusIcons.label(cell.badge(), cell.word() + (cell.jobCount() > 1 ? " ×" + cell.jobCount() : ""));
        state.getStyleClass().add("run-cell-state");
        cell.failure().ifPresent(cls -> {
            // The class replaces the bare "failed": its own icon, in the failure's colour.
            FontIcon icon = new FontIcon(FailureTexts.icon(cls));
            icon.getStyleClass().addAll("status-icon", cell.badge().styleClass());
            state.setGraphic(icon);
            state.getStyleClass().add("run-cell-failure");
        });
        Label time = new Label(cell.time());
        time.getStyleClass().add("run-cell-time");
        VBox box = new VBox(2, state, time);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll("run-cell", cell.badge().styleClass());
        if (cell.highlighted()) {
            box.getStyleClass().add("run-cell-highlight");
        }
        if (cell.heat().isPresent()) {
            Heat heat = cell.heat().get();
            // The band is the label itself, so the theme's heat colours reach its text and icon.
            Label band = new Label(cell.rate(), new FontIcon(heat.icon()));
            band.getStyleClass().addAll("run-cell-rate", "heat-band", heat.styleClass());
            band.setAlignment(Pos.CENTER);
            band.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(band);
        }
        if (!cell.tooltip().isEmpty()) {
            Tooltip tip = new Tooltip(cell.tooltip());
            tip.setShowDelay(Duration.millis(250));
            Tooltip.install(box, tip);
        }
        return box;
    }
}
