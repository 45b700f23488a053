package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.ui.common.Count;
import dev.wheelhouse.ui.common.KeyBinding;
import dev.wheelhouse.ui.common.LazyTooltip;
import dev.wheelhouse.ui.common.SelectorBinding;
import dev.wheelhouse.ui.common.WhenFirst;
import dev.wheelhouse.ui.grid.AxesChooser;
import dev.wheelhouse.ui.grid.GridAxis;
import dev.wheelhouse.ui.grid.MatrixGrid;
import dev.wheelhouse.workflow.grid.MatrixGridLayout;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.File;
import java.util.List;

/** The matrix editor: toolbar, grid, side panel, and below them jobs, problems and the diff. */
public final class MatrixEditorView {

    /** Below this width the tool bar's collapsible buttons show their icon alone. */
    private static final double WIDE_TOOLBAR = 1100;
    private static final double TITLE_WIDTH = 220;

    private final MatrixEditorViewModel model;
    private final MatrixEditorActions actions;
    private final BorderPane root = new BorderPane();
    private final MatrixGrid grid = new MatrixGrid();
    private final DiffView diffView = new DiffView();
    private final HBox axesBar = new HBox(8);
    private Label jobCount;

    public MatrixEditorView(MatrixEditorViewModel model, MatrixEditorActions actions) {
        this.model = model;
        this.actions = actions;
        VBox top = new VBox(toolBar(), aliasNote());
        root.setTop(top);
        EditorBanner.install(model, actions, top, 1);
        // Until a workflow is open there is nothing for the grid, the side panel and the tables to
        // show: the window's first frame has the empty state only, and they are made with the first
        // document (issue 15).
        root.setCenter(emptyState());
        ChangeListener<Boolean> firstDocument = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean open) {
                if (open) {
                    obs.removeListener(this);
                    root.setCenter(body());
                }
            }
        };
        model.status().documentOpenProperty().addListener(firstDocument);
        if (model.status().documentOpenProperty().get()) {
            model.status().documentOpenProperty().removeListener(firstDocument);
            root.setCenter(body());
        }
        setUpGrid();
        setUpDragAndDrop();
    }

    public Node view() {
        return root;
    }

    private ToolBar toolBar() {
        Button open = button(null, Material2AL.INSERT_DRIVE_FILE, "open-file", actions::openFile);
        LazyTooltip.install(open, "Open a workflow file (Ctrl+O)");
        open.setAccessibleText("Open a workflow file");
        Button folder = button(null, Material2AL.FOLDER_OPEN, "open-folder", actions::openFolder);
        LazyTooltip.install(folder, "Open a repository clone and pick one of its workflows (Ctrl+Shift+O)");
        folder.setAccessibleText("Open a repository clone");
        Button recent = button(null, Material2MZ.RESTORE, "open-recent", actions::openRecent);
        LazyTooltip.install(recent, "Recent workflows");
        recent.setAccessibleText("Recent workflows");
        Button undo = button(null, Material2MZ.UNDO, "undo", model::undo);
        LazyTooltip.install(undo, "Undo (Ctrl+Z)");
        undo.setAccessibleText("Undo");
        undo.disableProperty().bind(model.status().canUndoProperty().not());
        Button redo = button(null, Material2MZ.REDO, "redo", model::redo);
        LazyTooltip.install(redo, "Redo (Ctrl+Shift+Z)");
        redo.setAccessibleText("Redo");
        redo.disableProperty().bind(model.status().canRedoProperty().not());
        Button save = button(null, Material2MZ.SAVE, "save", actions::save);
        LazyTooltip.install(save, "Save (Ctrl+S)");
        save.setAccessibleText("Save");
        save.disableProperty().bind(model.status().savableProperty().not());
        Button saveAs = button(null, Material2MZ.SAVE_ALT, "save-as", actions::saveAs);
        LazyTooltip.install(saveAs, "Save as… (Ctrl+Shift+S)");
        saveAs.setAccessibleText("Save as");
        saveAs.disableProperty().bind(model.status().documentOpenProperty().not());
        Button reload = button(null, Material2MZ.REFRESH, "reload", actions::reload);
        LazyTooltip.install(reload, "Reload from disk (F5)");
        reload.setAccessibleText("Reload from disk");
        reload.disableProperty().bind(model.reloadableProperty().not());

        Label file = new Label();
        file.setId("file-title");
        file.textProperty().bind(model.status().titleProperty());
        file.getStyleClass().add("editor-file-title");
        // A tool bar lays out at preferred widths: a capped one keeps a long "owner/name: file @ ref"
        // from pushing the actions into an overflow menu; the tooltip has the whole title.
        file.setMinWidth(80);
        file.setMaxWidth(TITLE_WIDTH);
        Runnable fitTitle = () -> {
            javafx.scene.text.Text measured = new javafx.scene.text.Text(file.getText());
            measured.setFont(file.getFont());
            file.setPrefWidth(Math.min(TITLE_WIDTH, Math.ceil(measured.getLayoutBounds().getWidth()) + file.snappedLeftInset() + file.snappedRightInset() + 12));
        };
        file.textProperty().addListener(o -> fitTitle.run());
        file.fontProperty().addListener(o -> fitTitle.run());
        LazyTooltip.install(file, model.status().titleProperty());
        Label count = new Label();
        count.setId("job-count");
        count.getStyleClass().add("job-count");
        count.textProperty().bind(model.rows().jobCountProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ToolBar bar = new ToolBar(open, folder, recent, new javafx.scene.control.Separator(),
                file, new javafx.scene.control.Separator(), undo, redo, save, saveAs, reload,
                new javafx.scene.control.Separator());
        bar.getStyleClass().add("editor-toolbar");
        actions.extraToolbarItems().forEach(bar.getItems()::add);
        bar.getItems().add(spacer);
        // Not in the first frame, so made when first needed (issue 15): the matrix job picker with
        // the first workflow that has a matrix job (a combo box is its list view's thirty nodes,
        // and nothing to pick before), the clone's workflows after Open folder, the busy
        // indicator with the first background read or write.
        WhenFirst.nonEmpty(model.status().matrixJobs(), () -> bar.getItems().add(bar.getItems().indexOf(file) + 1,
                jobPicker()));
        WhenFirst.nonEmpty(model.folderWorkflows(), () -> bar.getItems().add(bar.getItems().indexOf(recent) + 1,
                folderWorkflowPicker()));
        WhenFirst.holds(model.busyProperty(), Boolean.TRUE::equals, () -> bar.getItems().add(busyIndicator()));
        // On a laptop's 1024 px the bar must hold every action, Push & dispatch above all, with no
        // overflow menu: a long title is cut (its tooltip has it whole) and secondary buttons show
        // their icon alone.
        bar.widthProperty().addListener((obs, old, width) -> {
            boolean narrow = width.doubleValue() < WIDE_TOOLBAR;
            bar.getItems().stream().filter(n -> n.getStyleClass().contains("collapsible"))
                    .forEach(n -> ((Button) n).setContentDisplay(narrow ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                            : javafx.scene.control.ContentDisplay.LEFT));
        });
        jobCount = count;
        return bar;
    }

    private ComboBox<String> jobPicker() {
        ComboBox<String> jobs = new ComboBox<>(model.status().matrixJobs());
        jobs.setId("job-picker");
        jobs.setPromptText("Matrix job");
        jobs.setAccessibleText("Matrix job");
        LazyTooltip.install(jobs, "The job whose matrix the grid shows");
        SelectorBinding.bind(jobs, model.status().selectedJobProperty(), model::selectJob);
        return jobs;
    }

    private ComboBox<java.nio.file.Path> folderWorkflowPicker() {
        ComboBox<java.nio.file.Path> workflows = new ComboBox<>(model.folderWorkflows());
        workflows.setId("folder-workflows");
        workflows.setPromptText("Workflow");
        workflows.setAccessibleText("Workflow of the clone");
        workflows.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.folderWorkflows()));
        workflows.managedProperty().bind(workflows.visibleProperty());
        workflows.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.nio.file.Path path) {
                return path == null ? "" : path.getFileName().toString();
            }

            @Override
            public java.nio.file.Path fromString(String string) {
                return null;
            }
        });
        workflows.setOnAction(e -> {
            if (workflows.getValue() != null && !workflows.getValue().equals(model.status().fileProperty().get())) {
                model.open(workflows.getValue());
            }
        });
        return workflows;
    }

    private ProgressIndicator busyIndicator() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        return busy;
    }

    private Node aliasNote() {
        Label note = new Label();
        note.getStyleClass().add("info-banner");
        note.setMaxWidth(Double.MAX_VALUE);
        note.textProperty().bind(model.rows().aliasNoteProperty());
        note.visibleProperty().bind(model.rows().aliasNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private Node body() {
        VBox gridArea = new VBox(axesBar, grid.view());
        axesBar.setPadding(new Insets(8, 12, 0, 12));
        axesBar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(grid.view(), Priority.ALWAYS);
        Label empty = emptyState();
        javafx.scene.layout.StackPane center = new javafx.scene.layout.StackPane(gridArea, empty);
        empty.visibleProperty().bind(model.status().documentOpenProperty().not());
        gridArea.visibleProperty().bind(model.status().documentOpenProperty());

        SplitPane top = new SplitPane(center, new MatrixSidePanel(model, actions::window).view());
        top.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(top.getItems().get(1), false);

        TabPane bottom = new TabPane(jobsTab(), problemsTab(), diffTab());
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottom.setId("editor-tabs");
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        return split;
    }

    private static Label emptyState() {
        // A new user's first screen: the second way in is the one the sandbox's demo repository needs.
        Label empty = new Label("Open a release workflow (" + KeyBinding.OPEN.combination().getDisplayText()
                + ") or drop a .yml file here,\nor open one of the connected repository's ("
                + KeyBinding.OPEN_FROM_GITHUB.combination().getDisplayText() + ").");
        empty.setId("editor-empty");
        empty.setTextAlignment(TextAlignment.CENTER);
        empty.getStyleClass().add("empty-state");
        return empty;
    }

    private Tab jobsTab() {
        TableView<JobRow> table = new TableView<>(model.rows().jobs());
        table.setId("jobs-table");
        table.getColumns().add(column("#", JobRow::index, 44));
        table.getColumns().add(column("Display name", JobRow::displayName, 300));
        table.getColumns().add(column("Matrix values", JobRow::values, 330));
        table.getColumns().add(column("Wheels", JobRow::wheels, 360));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tab tab = new Tab("Jobs", table);
        model.rows().jobCountProperty().addListener((obs, old, count) -> tab.setText("Jobs · " + count));
        return tab;
    }

    private Tab problemsTab() {
        TableView<ProblemRow> table = new TableView<>(model.rows().problems());
        table.setId("problems-table");
        TableColumn<ProblemRow, String> severity = new TableColumn<>("");
        severity.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                c.getValue().error() ? "error" : "warning"));
        severity.setPrefWidth(70);
        table.getColumns().add(severity);
        TableColumn<ProblemRow, String> where = new TableColumn<>("Line:col");
        where.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().location()));
        where.setPrefWidth(80);
        table.getColumns().add(where);
        table.getColumns().add(column("Problem", ProblemRow::message, 700));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No problems"));
        Tab tab = new Tab("Problems", table);
        model.rows().problems().addListener((ListChangeListener<ProblemRow>) c -> {
            long errors = model.rows().problems().stream().filter(ProblemRow::error).count();
            tab.setText(model.rows().problems().isEmpty() ? "Problems"
                    : "Problems · " + Count.of(errors, "error", "errors") + ", "
                    + Count.of(model.rows().problems().size() - errors, "warning", "warnings"));
        });
        return tab;
    }

    private Tab diffTab() {
        diffView.show(model.status().diffProperty().get());
        model.status().diffProperty().addListener((obs, old, text) -> diffView.show(text));
        Tab tab = new Tab("Diff", diffView.view());
        model.status().dirtyProperty().addListener((obs, old, dirty) -> tab.setText(dirty ? "Diff •" : "Diff"));
        return tab;
    }

    private static <T> TableColumn<T, Object> column(String title, java.util.function.Function<T, Object> value,
                                                     double width) {
        TableColumn<T, Object> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void setUpGrid() {
        grid.setOnActivate(model::toggleCell);
        grid.setOnAddValue(axis -> EditorDialogs.askValue(actions.window(), "Add a value", axis, "")
                .ifPresent(value -> model.addValue(axis, value)));
        grid.setCellFactory((r, c) -> {
            MatrixGridLayout layout = model.grid().layoutProperty().get();
            return MatrixCellView.of(layout.cell(r, c), model.rows().jobs());
        });
        model.grid().layoutProperty().addListener((obs, old, layout) -> showLayout(layout));
    }

    private void showLayout(MatrixGridLayout layout) {
        AxesChooser.fill(axesBar, model.grid(), jobCount);
        if (layout == null) {
            grid.show(GridAxis.single(), GridAxis.single());
            return;
        }
        boolean editable = !layout.dynamic();
        grid.show(GridAxis.rowsOf(layout, editable), GridAxis.columnsOf(layout, editable));
    }

    private void setUpDragAndDrop() {
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            boolean done = !files.isEmpty();
            if (done) {
                File first = files.get(0);
                if (first.isDirectory()) {
                    model.openFolder(first.toPath());
                } else {
                    model.open(first.toPath());
                }
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    private static Button button(String text, org.kordamp.ikonli.Ikon icon, String id, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
