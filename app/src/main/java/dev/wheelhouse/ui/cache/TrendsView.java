package dev.wheelhouse.ui.cache;

import dev.wheelhouse.ui.common.CacheCoverage;
import dev.wheelhouse.ui.common.SelectorBinding;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The Trends section: the workflow and the split, the hit-rate and duration charts (a point's
 * tooltip has its figures; clicking it shows that run), and the chosen run's figures beside them.
 */
final class TrendsView {

    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);
    /** The room one tick label ("12-08 03:47") takes on a run axis, with a gap. */
    private static final double TICK_LABEL_WIDTH = 90;

    private final TrendsViewModel model;
    private final ZoneId zone;
    private final LineChart<Number, Number> hitRates;
    private final LineChart<Number, Number> durations;
    private final NumberAxis hitRateRuns = runAxis();
    private final NumberAxis durationRuns = runAxis();

    TrendsView(TrendsViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        NumberAxis percent = new NumberAxis("Cache hits rate (%)", 0, 100, 20);
        hitRates = chart("trend-hit-rate", "Cache hit rate per run", hitRateRuns, percent);
        NumberAxis minutes = new NumberAxis();
        minutes.setLabel("Minutes");
        minutes.setForceZeroInRange(true);
        durations = chart("trend-duration", "Job duration per run", durationRuns, minutes);
    }

    Node build() {
        Label heading = new Label("Trends");
        heading.getStyleClass().add("title-4");
        ComboBox<String> workflow = new ComboBox<>(model.workflows());
        workflow.setId("trend-workflow");
        workflow.setAccessibleText("Workflow charted");
        SelectorBinding.bind(workflow, model.workflowProperty(), model.workflowProperty()::set);
        workflow.setConverter(new StringConverter<>() {
            @Override
            public String toString(String path) {
                return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        workflow.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String path, boolean empty) {
                super.updateItem(path, empty);
                setText(empty || path == null ? "No workflow" : workflow.getConverter().toString(path));
            }
        });
        workflow.setTooltip(new Tooltip("The workflow whose runs are charted"));
        workflow.disableProperty().bind(Bindings.isEmpty(model.workflows()));
        CheckBox split = new CheckBox("Split by runner OS");
        split.setId("trend-by-os");
        split.selectedProperty().bindBidirectional(model.byRunnerOsProperty());
        Label running = new Label();
        running.setId("trend-running");
        running.getStyleClass().add("text-muted");
        running.textProperty().bind(model.runningNoteProperty());
        HBox header = new HBox(12, heading, workflow, split, running);
        header.setAlignment(Pos.CENTER_LEFT);

        Label error = CacheScreen.banner("trends-error", "error-banner", model.errorProperty());
        Label empty = new Label();
        empty.setId("trends-empty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.textProperty().bind(model.emptyMessageProperty());

        Label note = new Label();
        note.setId("trend-hit-rate-note");
        note.getStyleClass().addAll("empty-state", "chart-note");
        note.setWrapText(true);
        note.setMaxWidth(360);
        note.textProperty().bind(model.hitRateNoteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        StackPane rateHolder = new StackPane(hitRates, note);
        HBox charts = new HBox(8, rateHolder, durations, detailPane());
        HBox.setHgrow(rateHolder, Priority.ALWAYS);
        HBox.setHgrow(durations, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        StackPane body = new StackPane(charts, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        charts.visibleProperty().bind(model.emptyMessageProperty().isEmpty());
        empty.visibleProperty().bind(model.emptyMessageProperty().isNotEmpty());

        model.chartProperty().addListener((obs, old, chart) -> draw(chart));
        // Fewer labelled runs on a narrow axis: at 1024 px three stamps overlapped.
        for (NumberAxis axis : List.of(hitRateRuns, durationRuns)) {
            axis.widthProperty().addListener((obs, old, width) -> {
                if (model.chartProperty().get() != null) {
                    fit(axis, model.chartProperty().get());
                }
            });
        }
        model.detailProperty().addListener((obs, old, detail) -> markSelected());
        draw(model.chartProperty().get());

        VBox section = new VBox(8, header, error, body);
        section.getStyleClass().add("cache-section");
        section.setPadding(new Insets(12, 16, 8, 16));
        return section;
    }

    private Node detailPane() {
        Label title = new Label();
        title.setId("trend-detail-title");
        title.getStyleClass().add("text-bold");
        title.setWrapText(true);
        HeatBadge rate = new HeatBadge();
        rate.setId("trend-detail-rate");
        Label figures = wrapping("trend-detail-figures", "text-muted");
        Label comparison = wrapping("trend-detail-comparison", "trend-comparison");
        Label problems = wrapping("trend-detail-problems", "text-muted");
        Label languagesHeading = new Label("Per language");
        languagesHeading.setId("trend-detail-languages-heading");
        languagesHeading.setWrapText(true);
        languagesHeading.getStyleClass().add("section-title");
        LanguageBars languages = new LanguageBars();
        languages.setId("trend-detail-languages");
        languages.setEmptyText("No per-language figures for this run: only job logs have them (sccache 0.3 and "
                + "later), not sccache-action's notices. Opening a job in Runs reads its log.");
        VBox box = new VBox(6, title, rate, figures, comparison, problems, languagesHeading, languages);
        box.setId("trend-detail");
        box.getStyleClass().add("trend-detail");
        box.setPadding(new Insets(8));
        model.detailProperty().addListener((obs, old, d) -> {
            box.setVisible(d != null);
            if (d == null) {
                return;
            }
            title.setText(d.title(zone));
            rate.show(d.summary().hitRate());
            figures.setText(d.figures());
            comparison.setText(d.comparisonText());
            problems.setText(d.problems().isEmpty() ? "" : "Diagnoses: " + d.problems());
            languages.show(d.summary().languages());
            languagesHeading.setText(CacheCoverage.languages(d.summary()));
        });
        box.setVisible(model.detailProperty().get() != null);
        ScrollPane scroller = new ScrollPane(box);
        scroller.setFitToWidth(true);
        scroller.setMinWidth(300);
        scroller.setPrefWidth(320);
        scroller.setMaxWidth(360);
        return scroller;
    }

    private static Label wrapping(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    private static LineChart<Number, Number> chart(String id, String title, NumberAxis x, NumberAxis y) {
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinWidth(240);
        chart.setMinHeight(Region.USE_PREF_SIZE);
        chart.setPrefHeight(280);
        return chart;
    }

    private static NumberAxis runAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setLabel("Runs, oldest to newest");
        return axis;
    }

    private void draw(TrendChart chart) {
        fit(hitRateRuns, chart);
        fit(durationRuns, chart);
        fill(hitRates, chart, chart.hitRates());
        fill(durations, chart, chart.durations());
        markSelected();
    }

    /**
     * Runs at x = 1…n, ticks at whole runs (every few runs once there are more than the axis has
     * room to label), labelled with their start.
     */
    private void fit(NumberAxis axis, TrendChart chart) {
        int n = chart.runs().size();
        axis.setLowerBound(0);
        axis.setUpperBound(n + 1);
        int labels = axis.getWidth() > 0 ? Math.max(1, (int) (axis.getWidth() / TICK_LABEL_WIDTH)) : 8;
        axis.setTickUnit(Math.max(1, Math.ceil((n + 1) / (double) labels)));
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number x) {
                double v = x.doubleValue();
                if (v != Math.rint(v)) {
                    return "";
                }
                return chart.run((int) v).map(r -> TICK.format(r.createdAt().atZone(zone))).orElse("");
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
    }

    private void fill(LineChart<Number, Number> target, TrendChart chart, List<TrendChart.Series> series) {
        target.getData().clear();
        for (TrendChart.Series s : series) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(s.name());
            for (TrendChart.Sample sample : s.samples()) {
                XYChart.Data<Number, Number> point = new XYChart.Data<>(sample.x(), sample.y());
                point.setExtraValue(sample);
                line.getData().add(point);
            }
            target.getData().add(line);
            for (XYChart.Data<Number, Number> point : line.getData()) {
                TrendChart.Sample sample = (TrendChart.Sample) point.getExtraValue();
                Node node = point.getNode();
                if (node == null) {
                    continue;
                }
                Tooltip.install(node, new Tooltip(sample.detail()));
                node.setCursor(Cursor.HAND);
                node.setOnMouseClicked(e -> chart.run(sample.x()).ifPresent(model.selectedRunProperty()::set));
            }
        }
    }

    /** Rings the chosen run's points in both charts. */
    private void markSelected() {
        RunCacheDetail detail = model.detailProperty().get();
        int x = detail == null ? -1 : detail.run().x();
        for (LineChart<Number, Number> chart : List.of(hitRates, durations)) {
            for (XYChart.Series<Number, Number> series : chart.getData()) {
                for (XYChart.Data<Number, Number> point : series.getData()) {
                    Node node = point.getNode();
                    if (node != null) {
                        node.getStyleClass().remove("trend-point-selected");
                        if (point.getXValue().intValue() == x) {
                            node.getStyleClass().add("trend-point-selected");
                        }
                    }
                }
            }
        }
    }

    LineChart<Number, Number> hitRateChart() {
        return hitRates;
    }
}
