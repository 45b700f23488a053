package dev.wheelhouse.ui.matrix;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Supplier;

/**
 * The side panel: the vectors with their values (rename, reorder, remove), and the include and
 * exclude entries with the extra keys they add.
 */
final class MatrixSidePanel {

    private final MatrixEditorViewModel model;
    private final Supplier<Window> owner;
    private final VBox vectorsBox = new VBox(10);
    private final VBox root;

    MatrixSidePanel(MatrixEditorViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        Button addVector = new Button("Add vector…", new FontIcon(Material2AL.ADD));
        addVector.setId("add-vector");
        addVector.getStyleClass().add("small");
        addVector.setOnAction(e -> EditorDialogs.askVector(owner.get())
                .ifPresent(v -> model.addVector(v.getKey(), v.getValue())));
        VBox vectorsContent = new VBox(10, vectorsBox, addVector);
        vectorsContent.setPadding(new Insets(6));
        TitledPane vectors = new TitledPane("Vectors", vectorsContent);
        model.rows().vectors().addListener((ListChangeListener<VectorRow>) change -> rebuildVectors());

        TitledPane include = entries("Include", EntryRow.Kind.INCLUDE, model.rows().includes());
        TitledPane exclude = entries("Exclude", EntryRow.Kind.EXCLUDE, model.rows().excludes());
        Label hint = new Label("Open a workflow with a matrix job to edit its vectors and entries.");
        hint.setId("side-panel-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.visibleProperty().bind(model.editableProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        // Every editing control at once: with no matrix shown there is nothing they could change.
        for (TitledPane pane : java.util.List.of(vectors, include, exclude)) {
            pane.getContent().disableProperty().bind(model.editableProperty().not());
        }
        root = new VBox(6, hint, vectors, include, exclude);
        root.setPadding(new Insets(6));
        root.getStyleClass().add("matrix-side-panel");
    }

    Node view() {
        ScrollPane scroller = new ScrollPane(root);
        scroller.setFitToWidth(true);
        scroller.setMinWidth(330);
        return scroller;
    }

    private void rebuildVectors() {
        vectorsBox.getChildren().clear();
        for (VectorRow vector : model.rows().vectors()) {
            Label name = new Label(vector.name());
            name.getStyleClass().add("section-title");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon(Material2MZ.REMOVE_CIRCLE_OUTLINE));
            remove.getStyleClass().addAll("flat", "small", "button-icon");
            remove.setTooltip(new Tooltip("Remove the vector " + vector.name()));
            remove.setAccessibleText("Remove the vector " + vector.name());
            remove.setOnAction(e -> model.removeVector(vector.name()));
            HBox header = new HBox(4, name, gap, remove);
            header.setAlignment(Pos.CENTER_LEFT);

            FlowPane chips = new FlowPane(4, 4);
            if (vector.dynamic()) {
                Label expression = new Label(vector.expression());
                expression.getStyleClass().add("matrix-dynamic-text");
                expression.setWrapText(true);
                chips.getChildren().add(expression);
            } else {
                for (int i = 0; i < vector.values().size(); i++) {
                    chips.getChildren().add(valueChip(vector, i));
                }
                Button add = new Button(null, new FontIcon(Material2AL.ADD));
                add.getStyleClass().addAll("flat", "small", "button-icon");
                add.setId("add-value-" + vector.name());
                add.setTooltip(new Tooltip("Add a value to " + vector.name()));
                add.setAccessibleText("Add a value to " + vector.name());
                add.setOnAction(e -> EditorDialogs.askValue(owner.get(), "Add a value", vector.name(), "")
                        .ifPresent(v -> model.addValue(vector.name(), v)));
                chips.getChildren().add(add);
            }
            vectorsBox.getChildren().add(new VBox(4, header, chips));
        }
    }

    private Node valueChip(VectorRow vector, int index) {
        String value = vector.values().get(index);
        MenuItem rename = new MenuItem("Change…");
        rename.setOnAction(e -> EditorDialogs.askValue(owner.get(), "Change a value", vector.name(), value)
                .ifPresent(v -> model.renameValue(vector.name(), index, v)));
        MenuItem earlier = new MenuItem("Move earlier");
        earlier.setDisable(index == 0);
        earlier.setOnAction(e -> model.moveValue(vector.name(), index, index - 1));
        MenuItem later = new MenuItem("Move later");
        later.setDisable(index == vector.values().size() - 1);
        later.setOnAction(e -> model.moveValue(vector.name(), index, index + 1));
        MenuItem remove = new MenuItem("Remove");
        remove.setOnAction(e -> model.removeValue(vector.name(), index));
        MenuButton chip = new MenuButton(value);
        chip.getItems().addAll(rename, earlier, later, remove);
        chip.getStyleClass().addAll("small", "matrix-value-chip");
        return chip;
    }

    private TitledPane entries(String title, EntryRow.Kind kind, javafx.collections.ObservableList<EntryRow> rows) {
        ListView<EntryRow> list = new ListView<>(rows);
        list.setId(kind.name().toLowerCase() + "-entries");
        list.setPrefHeight(150);
        list.setPlaceholder(new Label("No " + title.toLowerCase() + " entries"));
        list.setCellFactory(view -> new EntryCell());
        Button add = new Button("Add", new FontIcon(Material2AL.ADD));
        add.getStyleClass().add("small");
        add.setOnAction(e -> EditorDialogs.askEntry(owner.get(), "Add an " + title.toLowerCase() + " entry",
                java.util.Map.of(), model.grid().vectors()).ifPresent(entry -> model.addEntry(kind, entry)));
        Button edit = new Button("Edit…", new FontIcon(Material2AL.EDIT));
        edit.getStyleClass().add("small");
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> {
            EntryRow row = list.getSelectionModel().getSelectedItem();
            EditorDialogs.askEntry(owner.get(), "Edit " + title.toLowerCase() + " entry #" + (row.index() + 1),
                    row.values(), model.grid().vectors()).ifPresent(entry -> model.editEntry(kind, row.index(), entry));
        });
        Button remove = new Button("Remove", new FontIcon(Material2MZ.REMOVE));
        remove.getStyleClass().add("small");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeEntry(kind, list.getSelectionModel().getSelectedItem().index()));
        list.setContextMenu(new ContextMenu());
        HBox buttons = new HBox(4, add, edit, remove);
        TitledPane pane = new TitledPane(title, new VBox(4, list, buttons));
        rows.addListener((ListChangeListener<EntryRow>) c -> pane.setText(title + " (" + rows.size() + ")"));
        return pane;
    }

    /** An entry: its values, what it adds, and how many jobs it touches. */
    private static final class EntryCell extends ListCell<EntryRow> {
        @Override
        protected void updateItem(EntryRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String effect;
            if (row.dynamic()) {
                effect = "computed at run time";
            } else if (row.kind() == EntryRow.Kind.EXCLUDE) {
                effect = row.matches() == 0 ? "matches nothing" : "removes " + row.matches();
            } else {
                effect = row.matches() == 0 ? "no job" : "touches " + row.matches();
            }
            String extras = row.extraKeys().isEmpty() ? "" : "  adds " + String.join(", ", row.extraKeys());
            // Wrapped, not cut: "platform: linu…" hides the very value the entry is about.
            setWrapText(true);
            setPrefWidth(0);
            setText("#" + (row.index() + 1) + "  " + row.summary() + "\n    " + effect + extras);
            setTooltip(new Tooltip(row.summary()));
        }
    }
}
