package dev.wheelhouse.ui.runs;

import dev.wheelhouse.failures.FailureGroup;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The run summary's list of failure reasons, under the run tab's tool bar. */
final class RunReasonsList {

    private RunReasonsList() {
    }

    /** The failed jobs' reasons with their counts; choosing one outlines its cells and shows its first job. */
    static Node of(RunViewModel model, Runnable redrawCells) {
        VBox box = new VBox(0);
        box.setId("run-reasons");
        box.getStyleClass().add("run-reasons");
        box.setPadding(new Insets(0, 12, 4, 12));
        Runnable fill = () -> {
            box.getChildren().clear();
            int i = 0;
            for (FailureGroup group : model.reasons()) {
                Hyperlink link = new Hyperlink(group.describe(), new FontIcon(FailureTexts.icon(group.failureClass())));
                link.setId("run-reason-" + i++);
                link.setTooltip(new Tooltip(String.join("\n", group.jobNames())));
                link.setOnAction(e -> {
                    model.selectReason(group);
                    redrawCells.run();
                });
                box.getChildren().add(link);
            }
        };
        model.reasons().addListener((ListChangeListener<FailureGroup>) c -> fill.run());
        fill.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(model.reasons()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
