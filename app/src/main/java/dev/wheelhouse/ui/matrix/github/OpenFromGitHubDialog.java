package dev.wheelhouse.ui.matrix.github;

import dev.wheelhouse.runs.catalog.CatalogEntry;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * Picks a workflow of the connected repository at a ref (a branch or tag, typed or chosen): the
 * list shows which workflows can be dispatched at that ref. The view of an
 * {@link OpenFromGitHubViewModel}.
 */
final class OpenFromGitHubDialog {

    private static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<OpenFromGitHubViewModel.Opening> dialog = new Dialog<>();

    OpenFromGitHubDialog(Window owner, OpenFromGitHubViewModel model) {
        dialog.initOwner(owner);
        dialog.setTitle("Open from GitHub");
        dialog.setHeaderText(model.heading());
        ComboBox<String> ref = new ComboBox<>(model.refs());
        ref.setId("open-ref");
        ref.setEditable(true);
        ref.setPrefWidth(260);
        ref.getEditor().textProperty().bindBidirectional(model.refProperty());
        Button show = new Button("Show");
        show.setOnAction(e -> model.list());
        ref.setOnAction(e -> model.list());
        ListView<CatalogEntry> workflows = new ListView<>(model.workflows());
        workflows.setId("open-workflows");
        workflows.setPrefSize(560, 260);
        workflows.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CatalogEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setText(null);
                    return;
                }
                String note = entry.problem().orElse(entry.dispatchable()
                        ? "can be dispatched" + (entry.inputs().isEmpty() ? "" : " · " + entry.inputs().size() + " inputs")
                        : "no workflow_dispatch trigger");
                setText(entry.workflow().name() + "\n    " + entry.workflow().path() + " · " + note);
            }
        });
        model.selectedProperty().addListener((obs, old, entry) -> workflows.getSelectionModel().select(entry));
        workflows.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                model.selectedProperty().set(entry);
            }
        });
        Label status = new Label();
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        VBox content = new VBox(8, new HBox(8, new Label("Branch or tag"), ref, show), workflows, status);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(OPEN, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(OPEN).disableProperty()
                .bind(Bindings.isNull(model.selectedProperty()));
        dialog.setResultConverter(button -> button == OPEN ? model.opening().orElse(null) : null);
        model.load();
    }

    Optional<OpenFromGitHubViewModel.Opening> showAndWait() {
        return dialog.showAndWait();
    }
}
