package dev.wheelhouse.ui.runs;

import dev.wheelhouse.failures.FailureGroup;
import javafx.scene.control.Hyperlink;
import dev.wheelhouse.ui.logs.LogViewModel;
import dev.wheelhouse.ui.logs.LogViewer;
import dev.wheelhouse.ui.common.Heat;
import dev.wheelhouse.ui.release.ReleasePanel;
import dev.wheelhouse.ui.common.SelectorBinding;
import dev.wheelhouse.ui.grid.AxesChooser;
import dev.wheelhouse.ui.grid.GridAxis;
import dev.wheelhouse.ui.grid.MatrixGrid;
import dev.wheelhouse.workflow.grid.MatrixGridLayout;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One run tab: status and summary line, the actions, the matrix jobs on the editor's grid, the
 * other jobs in a strip, the selected job beside them, and the run's cache totals below. A tab's
 * content is its {@code RunView}, whose {@link #model()} is the run it shows.
 */
public final class RunView extends BorderPane {

    private final RunViewModel model;
    private final Consumer<String> openUrl;
    private final MatrixGrid grid = new MatrixGrid();
    private final HBox axesBar = new HBox(8);
    /** The narrowest the job detail beside the grid gets, while the grid keeps half the width. */
    private static final double SIDE_WIDTH = 360;
    private final FlowPane stripBox = new FlowPane(6, 6);
    private final List<Label> stripChips = new ArrayList<>();
    private final Label summary = new Label();
    private final Timeline ticker;
    private final JobDetailPane detail;
    private final Optional<ReleasePanel> release;

    public RunView(RunViewModel model, Consumer<String> openUrl) {
        this(model, openUrl, Optional.empty());
    }

    /** @param release the run's Release panel, beside the job detail, and its marks on the grid's cells */
    public RunView(RunViewModel model, Consumer<String> openUrl, Optional<ReleasePanel> release) {
        this.model = model;
        this.release = release;
        this.openUrl = openUrl;
        this.detail = new JobDetailPane(openUrl, RunView::copy, model::rerunSelectedJob,
                model.canRerunSelectedJobProperty().and(model.commands().busyProperty().not()),
                (jobId, line) -> model.logRequest(jobId, line).ifPresent(request -> LogViewer.show(
                        getScene() == null ? null : getScene().getWindow(),
                        new LogViewModel(model.executor(), request), openUrl,
                        getScene() == null ? List.of() : getScene().getStylesheets())));
        setId("run-view");
        getStyleClass().add("run-view");
        setTop(new VBox(header(), actions(), banners(), RunReasonsList.of(model, grid::refreshCells)));
        setCenter(body());
        setBottom(footer());
        setUpGrid();
        // The summary and live times tick once a second on the server's clock.
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    public Node view() {
        return this;
    }

    public RunViewModel model() {
        return model;
    }

    /** Stops the clock and the watcher: the tab closed. */
    public void close() {
        ticker.stop();
        model.close();
    }

    private Node header() {
        summary.setId("run-summary");
        summary.getStyleClass().add("run-summary");
        Runnable showStatus = () -> StatusIcons.show(summary, model.statusProperty().get(),
                model.summaryProperty().get());
        model.summaryProperty().addListener((obs, old, v) -> showStatus.run());
        model.statusProperty().addListener((obs, old, v) -> showStatus.run());
        showStatus.run();
        Label heading = new Label();
        heading.setId("run-heading");
        heading.getStyleClass().add("run-heading");
        heading.textProperty().bind(model.headingProperty());
        heading.setWrapText(true);
        Label dispatched = new Label();
        dispatched.setId("run-dispatch");
        dispatched.getStyleClass().add("text-muted");
        dispatched.setWrapText(true);
        dispatched.textProperty().bind(model.dispatchLineProperty());
        dispatched.visibleProperty().bind(dispatched.textProperty().isNotEmpty());
        dispatched.managedProperty().bind(dispatched.visibleProperty());

        ComboBox<Integer> attempt = new ComboBox<>(model.attempts());
        attempt.setId("run-attempt");
        attempt.setAccessibleText("Attempt shown");
        attempt.setTooltip(new Tooltip("Show another attempt of this run (an earlier one is read once)"));
        attempt.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : "Attempt " + n;
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        // 0 until the first snapshot: no attempt to show yet.
        SelectorBinding.bind(attempt, javafx.beans.binding.Bindings.createObjectBinding(
                () -> model.shownAttemptProperty().get() == 0 ? null : model.shownAttemptProperty().get(),
                model.shownAttemptProperty()), model::selectAttempt);
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox top = new HBox(12, summary, push, attempt);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, top, heading, dispatched);
        box.setPadding(new Insets(10, 12, 4, 12));
        return box;
    }

    private Node actions() {
        RunCommands commands = model.commands();
        Button cancel = button("Cancel", Material2MZ.STOP, "run-cancel", commands::cancel,
                "Cancel the run (jobs with always() steps finish those)");
        cancel.disableProperty().bind(model.cancellableProperty().not().or(commands.busyProperty()));
        Button force = button("Force cancel", Material2AL.CANCEL, "run-force-cancel", commands::forceCancel,
                "Stop the run even where always() steps would keep it going");
        force.disableProperty().bind(model.cancellableProperty().not().or(commands.busyProperty()));
        Button rerunAll = button("Re-run all", Material2MZ.REPLAY, "run-rerun-all", commands::rerunAll,
                "Run every job again in a new attempt");
        rerunAll.disableProperty().bind(model.rerunnableProperty().not().or(commands.busyProperty()));
        Button rerunFailed = button("Re-run failed", Material2MZ.REPLAY, "run-rerun-failed", commands::rerunFailed,
                "Run the failed and cancelled jobs (and the jobs that need them) again");
        rerunFailed.disableProperty().bind(model.rerunnableProperty().not().or(model.hasFailuresProperty().not())
                .or(commands.busyProperty()));
        Button rerunJob = button("Re-run job", Material2MZ.REPLAY, "run-rerun-job", model::rerunSelectedJob,
                "Run the selected job (and the jobs that need it) again");
        rerunJob.disableProperty().bind(model.canRerunSelectedJobProperty().not().or(commands.busyProperty()));
        Button open = button("Open in browser", Material2MZ.OPEN_IN_NEW, "run-open", () ->
                model.htmlUrl().ifPresent(openUrl), "The run's page on GitHub");
        Button copy = button("Copy URL", Material2AL.CONTENT_COPY, "run-copy-url", () ->
                model.htmlUrl().ifPresent(RunView::copy), "Copy the run's address");
        Button refresh = button(null, Material2MZ.REFRESH, "run-refresh", model::refresh, "Poll the run now");
        open.disableProperty().bind(model.snapshotProperty().isNull());
        copy.disableProperty().bind(model.snapshotProperty().isNull());
        return new ToolBar(cancel, force, new Separator(Orientation.VERTICAL), rerunAll, rerunFailed, rerunJob,
                new Separator(Orientation.VERTICAL), open, copy, refresh);
    }

    private Node banners() {
        Label problem = banner("run-problem", "warning-banner");
        problem.textProperty().bind(model.problemProperty());
        Label error = banner("run-error", "error-banner");
        error.textProperty().bind(model.commands().errorProperty());
        Label info = banner("run-info", "info-banner");
        info.textProperty().bind(model.commands().infoProperty());
        return new VBox(problem, error, info);
    }

    private static Label banner(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(style);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private Node body() {
        axesBar.setPadding(new Insets(6, 12, 0, 12));
        axesBar.setAlignment(Pos.CENTER_LEFT);
        stripBox.setId("run-strip");
        stripBox.setPadding(new Insets(6, 12, 8, 12));
        stripBox.getStyleClass().add("run-strip");
        Label stripTitle = new Label("Other jobs, in the order they need each other");
        stripTitle.getStyleClass().add("section-title");
        stripTitle.setPadding(new Insets(4, 12, 0, 12));
        VBox left = new VBox(matrixPicker(), axesBar, grid.view(), stripTitle, stripBox);
        VBox.setVgrow(grid.view(), Priority.ALWAYS);
        model.strip().addListener((ListChangeListener<StripItem>) c -> showStrip());
        model.detailProperty().addListener((obs, old, d) -> detail.show(d));
        Node side = release.<Node>map(r -> {
            Tab job = new Tab("Job", detail.view());
            Tab wheels = new Tab("Release", r.view());
            wheels.setId("run-release-tab");
            TabPane tabs = new TabPane(job, wheels);
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            return tabs;
        }).orElse(detail.view());
        SplitPane split = new SplitPane(left, side);
        split.setDividerPositions(0.71);
        SplitPane.setResizableWithParent(side, false);
        split.widthProperty().addListener((obs, old, width) -> keepSideReadable(split, width.doubleValue()));
        return split;
    }

    /**
     * Gives the job detail at least {@link #SIDE_WIDTH} when the window is narrow: at 1024 px the
     * split's 29 % was 270 px, and the detail (its minimum 340 px) was laid out past the window's
     * edge and cut, the reason a job failed with it. The grid keeps half, and scrolls.
     */
    private static void keepSideReadable(SplitPane split, double width) {
        if (width <= 0 || split.getDividers().isEmpty()) {
            return;
        }
        double side = width * (1 - split.getDividers().get(0).getPosition());
        if (side < SIDE_WIDTH) {
            split.setDividerPositions(Math.max(0.5, 1 - SIDE_WIDTH / width));
        }
    }

    private Node withWheels(RunCell cell) {
        Node node = RunCellView.of(cell);
        var snapshot = model.snapshotProperty().get();
        if (release.isEmpty() || snapshot == null || cell.jobId().isEmpty()) {
            return node;
        }
        return snapshot.job(cell.jobId().get()).map(j -> release.get().decorate(node, j.name())).orElse(node);
    }

    private Node matrixPicker() {
        ComboBox<String> jobs = new ComboBox<>(model.matrixJobs());
        jobs.setId("run-matrix-job");
        jobs.setTooltip(new Tooltip("The matrix job the grid shows"));
        SelectorBinding.bind(jobs, model.selectedMatrixProperty(), model::selectMatrix);
        HBox box = new HBox(8, new Label("Matrix job"), jobs);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 12, 0, 12));
        // Most release workflows have one matrix job: the picker shows only when there is a choice.
        box.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.matrixJobs()).greaterThan(1));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void setUpGrid() {
        grid.setCellFactory((r, c) -> withWheels(model.cell(r, c)));
        release.ifPresent(p -> p.model().reportProperty().addListener((obs, old, report) -> grid.refreshCells()));
        grid.setOnActivate(model::selectCell);
        grid.setOnSelect(p -> model.selectCell(p.row(), p.column()));
        model.grid().layoutProperty().addListener((obs, old, layout) -> showLayout(layout));
        model.snapshotProperty().addListener((obs, old, s) -> {
            release.ifPresent(p -> p.model().snapshot(s));
            grid.refreshCells();
            markSelectedJob();
        });
        model.detailProperty().addListener((obs, old, d) -> markSelectedJob());
        model.nowProperty().addListener((obs, old, now) -> {
            var s = model.snapshotProperty().get();
            if (s != null && !s.finished()) {
                grid.refreshCells();
            }
        });
        showLayout(model.grid().layoutProperty().get());
    }

    private void showLayout(MatrixGridLayout layout) {
        AxesChooser.fill(axesBar, model.grid());
        if (layout == null) {
            grid.show(GridAxis.single(), GridAxis.single());
            return;
        }
        grid.show(GridAxis.rowsOf(layout, false), GridAxis.columnsOf(layout, false));
    }

    /** The detail pane's job stays marked on the grid, however it was chosen (cell, strip, demo). */
    private void markSelectedJob() {
        JobDetail detail = model.detailProperty().get();
        MatrixGridLayout layout = model.grid().layoutProperty().get();
        MatrixGrid.Position at = null;
        for (int r = 0; detail != null && layout != null && at == null && r < layout.rows().size(); r++) {
            for (int c = 0; c < layout.columns().size(); c++) {
                if (model.cell(r, c).jobId().filter(id -> id == detail.jobId()).isPresent()) {
                    at = new MatrixGrid.Position(r, c);
                    break;
                }
            }
        }
        grid.mark(at);
    }

    private static Node heatLegend() {
        HBox legend = new HBox(4);
        legend.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("sccache hit rate:");
        title.getStyleClass().add("text-muted");
        legend.getChildren().add(title);
        String[] ranges = {"< " + Heat.LUKEWARM_FROM + " %", "< " + Heat.WARM_FROM + " %", "≥ " + Heat.WARM_FROM + " %",
                "nothing compiled"};
        Heat[] bands = {Heat.COLD, Heat.LUKEWARM, Heat.WARM, Heat.NO_COMPILATIONS};
        for (int i = 0; i < bands.length; i++) {
            Label swatch = new Label(ranges[i], new FontIcon(bands[i].icon()));
            swatch.getStyleClass().addAll("heat-band", "heat-legend", bands[i].styleClass());
            legend.getChildren().add(swatch);
        }
        Tooltip.install(legend, new Tooltip("Hover a cell for its hits, misses and errors"));
        return legend;
    }

    private void showStrip() {
        List<StripItem> items = List.copyOf(model.strip());
        // A running job's time ticks every second: the chips are updated in place, so a click
        // on one never lands on a chip that has just been replaced.
        if (items.size() != stripChips.size()) {
            stripBox.getChildren().clear();
            stripChips.clear();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    Label arrow = new Label("›");
                    arrow.getStyleClass().add("text-muted");
                    stripBox.getChildren().add(arrow);
                }
                Label chip = StatusIcons.label(items.get(i).badge(), "");
                chip.getStyleClass().add("strip-job");
                stripChips.add(chip);
                stripBox.getChildren().add(chip);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            StripItem item = items.get(i);
            Label chip = stripChips.get(i);
            StatusIcons.show(chip, item.badge(), item.name() + " · " + item.badge().word()
                    + ("—".equals(item.time()) ? "" : " · " + item.time()));
            String tip = item.needs().isEmpty() ? null : "Needs " + String.join(", ", item.needs());
            if (!Objects.equals(tip, chip.getTooltip() == null ? null : chip.getTooltip().getText())) {
                chip.setTooltip(tip == null ? null : new Tooltip(tip));
            }
            chip.setOnMouseClicked(item.jobId().<javafx.event.EventHandler<javafx.scene.input.MouseEvent>>map(
                    id -> e -> model.selectJob(id)).orElse(null));
        }
    }

    private Node footer() {
        Label cache = new Label();
        cache.setId("run-cache-totals");
        cache.textProperty().bind(model.cacheLineProperty());
        Label comparison = new Label();
        comparison.setId("run-comparison");
        comparison.textProperty().bind(model.comparisonLineProperty());
        comparison.visibleProperty().bind(comparison.textProperty().isNotEmpty());
        comparison.managedProperty().bind(comparison.visibleProperty());
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox totals = new HBox(8, cache, push, heatLegend());
        totals.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, totals, comparison);
        box.getStyleClass().add("run-footer");
        box.setPadding(new Insets(6, 12, 6, 12));
        return box;
    }

    private static Button button(String text, org.kordamp.ikonli.Ikon icon, String id, Runnable action, String tip) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.setTooltip(new Tooltip(tip));
        if (text == null) {
            button.setAccessibleText(tip);
        }
        return button;
    }

    private static void copy(String url) {
        ClipboardContent content = new ClipboardContent();
        content.putString(url);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
