package dev.wheelhouse.ui.cache;

import dev.wheelhouse.history.CellFailures;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Failures section: one row per cell, how often it failed and with what over the last runs. */
final class FailuresView {

    private final FailuresViewModel model;

    FailuresView(FailuresViewModel model) {
        this.model = model;
    }

    Node build() {
        Label title = new Label("Failures, last " + FailuresViewModel.RUNS + " runs");
        title.getStyleClass().add("section-title");
        Label message = new Label();
        message.setId("failures-message");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        TableView<CellFailures> table = new TableView<>(model.cells());
        table.setId("failures-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CellFailures, String> job = new TableColumn<>("Cell");
        job.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().jobName()));
        job.setPrefWidth(280);
        TableColumn<CellFailures, Object> failed = new TableColumn<>("Failed");
        failed.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().failed() + " of "
                + c.getValue().runs()));
        failed.setPrefWidth(90);
        TableColumn<CellFailures, String> with = new TableColumn<>("With what");
        with.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().describe()
                + (c.getValue().byClass().size() > 1 ? " · " + c.getValue().byClass() : "")));
        table.getColumns().add(job);
        table.getColumns().add(failed);
        table.getColumns().add(with);
        table.setPlaceholder(new Label("No runs in the history yet."));
        VBox box = new VBox(6, title, message, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8, 16, 8, 16));
        box.setId("failures-view");
        return box;
    }
}
