package dev.wheelhouse.ui.runs;

import dev.wheelhouse.github.WorkflowSummary;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.ui.common.SelectorBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The runs of a workflow, newest first, with filters; a double click (or Enter) opens a run. */
public final class RunsListView {

    private static final double TITLE_MIN_WIDTH = 160;
    /** The theme's table text and its cells' padding, to size a column to what it must show whole. */
    private static final double CELL_FONT_SIZE = 14;
    private static final double CELL_PADDING = 28;

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final RunsListViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<RunInfo> table;

    /**
     * @param open     opens a run's tab
     * @param dispatch opens the dispatch dialog for the shown workflow
     */
    public RunsListView(RunsListViewModel model, Consumer<RunInfo> open, Runnable dispatch) {
        this.model = model;
        this.table = table(open);
        root.setId("runs-list");
        root.setTop(toolBar(dispatch));
        root.setCenter(table);
        root.setBottom(footer());
    }

    public Node view() {
        return root;
    }

    /** An HBox, not a ToolBar: the theme draws a tool bar's buttons flat, and "Dispatch…" is the accent. */
    private HBox toolBar(Runnable dispatch) {
        ComboBox<WorkflowSummary> workflow = new ComboBox<>(model.workflows());
        workflow.setId("runs-workflow");
        workflow.setAccessibleText("Workflow");
        workflow.setPromptText("Workflow");
        workflow.setConverter(new StringConverter<>() {
            @Override
            public String toString(WorkflowSummary w) {
                return w == null ? "" : w.name() + " (" + w.fileName() + ")";
            }

            @Override
            public WorkflowSummary fromString(String s) {
                return null;
            }
        });
        SelectorBinding.bind(workflow, model.workflowProperty(), model::selectWorkflow);

        ComboBox<String> branch = new ComboBox<>(model.branches());
        branch.setId("runs-branch");
        branch.setAccessibleText("Branch");
        branch.setEditable(true);
        branch.setPromptText("any branch");
        branch.setPrefWidth(170);
        ComboBox<String> status = choices("runs-status", "any status", RunsListViewModel.STATUSES);
        ComboBox<String> event = choices("runs-event", "any event", RunsListViewModel.EVENTS);
        Runnable filter = () -> model.setFilter(text(branch.getValue()), text(status.getValue()),
                text(event.getValue()));
        branch.setOnAction(e -> filter.run());
        status.setOnAction(e -> filter.run());
        event.setOnAction(e -> filter.run());
        Button clear = new Button(null, new FontIcon(Material2AL.FILTER_ALT));
        clear.setTooltip(new Tooltip("Clear the filters"));
        clear.setAccessibleText("Clear the filters");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> {
            branch.setValue(null);
            status.setValue(null);
            event.setValue(null);
            filter.run();
        });

        Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.setId("runs-refresh");
        refresh.setTooltip(new Tooltip("Refresh (Ctrl+R)"));
        refresh.setAccessibleText("Refresh");
        refresh.setOnAction(e -> model.refresh());
        Button start = new Button("Dispatch…", new FontIcon(Material2MZ.PLAY_ARROW));
        start.setId("runs-dispatch");
        start.getStyleClass().add("accent");
        start.setTooltip(new Tooltip("Run the workflow on a branch or tag, with its inputs"));
        start.disableProperty().bind(model.workflowProperty().isNull());
        start.setOnAction(e -> dispatch.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox bar = new HBox(6, workflow, branch, status, event, clear, refresh, push, busy, start);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("runs-toolbar");
        return bar;
    }

    private static ComboBox<String> choices(String id, String prompt, List<String> values) {
        List<String> withAny = new ArrayList<>();
        withAny.add("");
        withAny.addAll(values);
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(withAny));
        box.setId(id);
        box.setPromptText(prompt);
        box.setAccessibleText(prompt.replaceFirst("^any ", "Filter by "));
        return box;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private TableView<RunInfo> table(Consumer<RunInfo> open) {
        TableView<RunInfo> runs = new TableView<>(model.runs());
        runs.setId("runs-table");
        TableColumn<RunInfo, RunInfo> state = new TableColumn<>("Status");
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RunInfo run, boolean empty) {
                super.updateItem(run, empty);
                if (empty || run == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                StatusBadge badge = StatusBadge.of(run.status(), run.conclusion());
                setText(null);
                setGraphic(StatusIcons.label(badge, badge.word()));
            }
        });
        state.setPrefWidth(110);
        runs.getColumns().add(state);
        runs.getColumns().add(column("Run", r -> "#" + r.runNumber() + " · " + r.id(), 170));
        // Every column but the title holds short words read whole ("workflow_dispatch",
        // "wheelhouse/release-20261207-1130"); the title is prose: it takes the room left over and,
        // on a narrow window, the table scrolls sideways rather than cutting the others.
        TableColumn<RunInfo, String> title = column("Title", r -> r.title() == null ? "" : r.title(), TITLE_MIN_WIDTH);
        runs.getColumns().add(title);
        runs.getColumns().add(fitToText(runs, column("Branch", r -> r.branch() == null ? "" : r.branch(), 150),
                RunInfo::branch));
        runs.getColumns().add(fitToText(runs, column("Event", r -> r.event() == null ? "" : r.event(), 150),
                RunInfo::event));
        runs.getColumns().add(fitToText(runs, column("Actor", r -> r.actor() == null ? "" : r.actor(), 120),
                RunInfo::actor));
        runs.getColumns().add(column("Started", r -> r.startedAt() == null ? "" : STARTED.format(r.startedAt()), 140));
        runs.getColumns().add(column("Duration", r -> Durations.of(r.elapsed(now())), 90));
        runs.getColumns().add(column("Attempt", r -> String.valueOf(r.attempt()), 80));
        runs.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Runnable fitTitle = () -> {
            double others = runs.getColumns().stream().filter(c -> c != title).mapToDouble(TableColumn::getWidth).sum();
            title.setPrefWidth(Math.max(TITLE_MIN_WIDTH, runs.getWidth() - others - 20));
        };
        runs.widthProperty().addListener(o -> fitTitle.run());
        runs.getColumns().stream().filter(c -> c != title).forEach(c -> c.widthProperty().addListener(o -> fitTitle.run()));
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(model.errorProperty().isEmpty())
                .then(model.pageTextProperty()).otherwise(model.errorProperty()));
        empty.setWrapText(true);
        runs.setPlaceholder(empty);
        runs.setRowFactory(t -> {
            TableRow<RunInfo> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        runs.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && runs.getSelectionModel().getSelectedItem() != null) {
                open.accept(runs.getSelectionModel().getSelectedItem());
            }
        });
        return runs;
    }

    private Instant now() {
        return model.nowProperty().get();
    }

    /** Keeps {@code column} as wide as its longest value on the page (and no narrower than it started). */
    private static TableColumn<RunInfo, String> fitToText(TableView<RunInfo> table, TableColumn<RunInfo, String> column,
                                                         Function<RunInfo, String> value) {
        double least = column.getPrefWidth();
        table.getItems().addListener((javafx.collections.ListChangeListener<RunInfo>) c -> {
            javafx.scene.text.Text measure = new javafx.scene.text.Text();
            measure.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), CELL_FONT_SIZE));
            double widest = least;
            for (RunInfo run : table.getItems()) {
                measure.setText(value.apply(run) == null ? "" : value.apply(run));
                widest = Math.max(widest, Math.ceil(measure.getLayoutBounds().getWidth() * 1.08) + CELL_PADDING);
            }
            column.setPrefWidth(widest);
        });
        return column;
    }

    private static TableColumn<RunInfo, String> column(String title, Function<RunInfo, String> value, double width) {
        TableColumn<RunInfo, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 90));
        return column;
    }

    private Node footer() {
        Label page = new Label();
        page.setId("runs-page");
        page.textProperty().bind(model.pageTextProperty());
        Label error = new Label();
        error.setId("runs-error");
        error.getStyleClass().add("error-banner");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Button previous = new Button("Newer");
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        previous.setOnAction(e -> model.previousPage());
        Button next = new Button("Older");
        next.disableProperty().bind(model.hasNextProperty().not());
        next.setOnAction(e -> model.nextPage());
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox bar = new HBox(8, error, page, push, previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        return bar;
    }

    public TableView<RunInfo> table() {
        return table;
    }
}
