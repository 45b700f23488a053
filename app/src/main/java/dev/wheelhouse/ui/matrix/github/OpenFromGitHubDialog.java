package dev.wheelhouse.ui.matrix.github;

import dev.wheelhouse.runs.catalog.CatalogEntry;
import dev.wheelhouse.runs.catalog.WorkflowCatalog;
import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks a workflow of the connected repository at a ref (a branch or tag, typed or chosen):
 * the list shows which workflows can be dispatched at that ref.
 */
final class OpenFromGitHubDialog {

    /** The user's choice: a workflow's path and the ref to read it at. */
    record Choice(String path, String ref) {
    }

    private static final ButtonType OPEN = new ButtonType("Open", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);

    private final Dialog<Choice> dialog = new Dialog<>();
    private final ComboBox<String> ref = new ComboBox<>();
    private final ListView<CatalogEntry> workflows = new ListView<>();
    private final Label status = new Label();
    private final TaskExecutor executor;
    private final Connection connection;
    private final WorkflowCatalog catalog;

    OpenFromGitHubDialog(Window owner, TaskExecutor executor, Connection connection, WorkflowCatalog catalog) {
        this.executor = executor;
        this.connection = connection;
        this.catalog = catalog;
        dialog.initOwner(owner);
        dialog.setTitle("Open from GitHub");
        dialog.setHeaderText("A workflow of " + connection.repository().fullName());
        ref.setId("open-ref");
        ref.setEditable(true);
        ref.setPrefWidth(260);
        Button show = new Button("Show");
        show.setOnAction(e -> list(ref.getEditor().getText().strip()));
        ref.setOnAction(e -> list(ref.getEditor().getText().strip()));
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
        status.getStyleClass().add("text-muted");
        VBox content = new VBox(8, new HBox(8, new Label("Branch or tag"), ref, show), workflows, status);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(OPEN, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(OPEN).disableProperty()
                .bind(workflows.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> button == OPEN
                && workflows.getSelectionModel().getSelectedItem() != null
                ? new Choice(workflows.getSelectionModel().getSelectedItem().workflow().path(),
                ref.getEditor().getText().strip()) : null);
        loadRefs();
    }

    Optional<Choice> showAndWait() {
        return dialog.showAndWait();
    }

    private void loadRefs() {
        status.setText("Reading branches and tags…");
        executor.execute(BackgroundTask.of("Reading branches and tags", () -> {
            String defaultBranch = connection.client().repository(connection.repository()).defaultBranch();
            List<String> refs = new ArrayList<>(connection.client().branches(connection.repository()));
            refs.remove(defaultBranch);
            refs.add(0, defaultBranch);
            refs.addAll(connection.client().tags(connection.repository()));
            return refs;
        }).onSuccess(refs -> {
            ref.setItems(FXCollections.observableArrayList(refs));
            ref.getEditor().setText(refs.get(0));
            list(refs.get(0));
        }).onFailure(e -> status.setText(UserMessages.describe(e))));
    }

    private void list(String at) {
        if (at.isEmpty()) {
            return;
        }
        status.setText("Reading the workflows at " + at + "…");
        executor.execute(BackgroundTask.of("Listing workflows at " + at,
                        () -> catalog.list(connection.repository(), at))
                .onSuccess(entries -> {
                    workflows.setItems(FXCollections.observableArrayList(entries));
                    entries.stream().filter(CatalogEntry::dispatchable).findFirst()
                            .or(() -> entries.stream().findFirst())
                            .ifPresent(workflows.getSelectionModel()::select);
                    status.setText(entries.isEmpty() ? "No workflows at " + at + "." : entries.size()
                            + " workflows at " + at + ".");
                })
                .onFailure(e -> status.setText(e instanceof dev.wheelhouse.github.GitHubException g ? g.userMessage()
                        : UserMessages.describe(e))));
    }
}
