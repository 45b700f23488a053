package dev.wheelhouse.ui.runs;

import dev.wheelhouse.sccache.Diagnosis;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Consumer;

/**
 * The selected job beside the grid: its state and time, runner, links, steps with their state and
 * duration, and how sccache did (per-language bars, diagnoses with their fix).
 */
final class JobDetailPane {

    private final VBox content = new VBox(10);
    private final ScrollPane scroller = new ScrollPane(content);
    private final Consumer<String> openUrl;
    private final Consumer<String> copyUrl;
    private final Runnable rerunJob;
    private final javafx.beans.value.ObservableBooleanValue canRerun;

    private final java.util.function.BiConsumer<Long, Long> openLog;

    /**
     * @param canRerun when re-running the shown job is possible: the same rule as the tab's tool bar
     * @param openLog  opens a job's log at a 1-based line (0: at the top)
     */
    JobDetailPane(Consumer<String> openUrl, Consumer<String> copyUrl, Runnable rerunJob,
                  javafx.beans.value.ObservableBooleanValue canRerun,
                  java.util.function.BiConsumer<Long, Long> openLog) {
        this.openLog = openLog;
        this.openUrl = openUrl;
        this.copyUrl = copyUrl;
        this.rerunJob = rerunJob;
        this.canRerun = canRerun;
        content.setPadding(new Insets(12));
        content.getStyleClass().add("job-detail");
        content.setId("job-detail");
        scroller.setFitToWidth(true);
        scroller.setMinWidth(340);
        show(null);
    }

    Node view() {
        return scroller;
    }

    void show(JobDetail detail) {
        if (detail == null) {
            Label hint = new Label("Select a job on the grid or in the strip to see its steps, runner and cache "
                    + "figures.");
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            content.getChildren().setAll(hint);
            return;
        }
        Label name = new Label(detail.name());
        name.setId("job-detail-name");
        name.setWrapText(true);
        name.getStyleClass().add("title-4");
        Label state = StatusIcons.label(detail.badge(), detail.badge().word()
                + (detail.time().isEmpty() ? "" : " · " + detail.time()));
        state.setId("job-detail-state");
        Label runner = new Label(detail.runner());
        runner.setWrapText(true);
        runner.getStyleClass().add("text-muted");

        Button open = new Button("Open", new FontIcon(Material2MZ.OPEN_IN_NEW));
        open.setTooltip(new Tooltip("Open the job on GitHub"));
        open.setOnAction(e -> openUrl.accept(detail.htmlUrl()));
        Button copy = new Button("Copy URL", new FontIcon(Material2AL.CONTENT_COPY));
        copy.setOnAction(e -> copyUrl.accept(detail.htmlUrl()));
        Button rerun = new Button("Re-run job", new FontIcon(Material2MZ.REPLAY));
        rerun.setId("job-detail-rerun");
        rerun.setTooltip(new Tooltip("Re-run this job and the jobs that need it (the run must have completed)"));
        rerun.setOnAction(e -> rerunJob.run());
        rerun.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !canRerun.get(), canRerun));
        boolean linked = detail.htmlUrl() != null && !detail.htmlUrl().isEmpty();
        open.setDisable(!linked);
        copy.setDisable(!linked);
        for (Button b : new Button[] {open, copy, rerun}) {
            b.getStyleClass().add("small");
        }
        // Wraps rather than running past the pane's edge when the pane is narrow.
        FlowPane links = new FlowPane(6, 6, open, copy, rerun);

        content.getChildren().setAll(name, state, runner, links);
        if (detail.failure().isPresent()) {
            content.getChildren().add(section("Why it failed"));
            content.getChildren().addAll(FailureSection.of(detail.failure().get(),
                    line -> openLog.accept(detail.jobId(), line)));
        } else if (detail.hasLog()) {
            Button log = new Button("Open log", new FontIcon(Material2AL.ARTICLE));
            log.setId("job-detail-open-log");
            log.getStyleClass().add("small");
            log.setOnAction(e -> openLog.accept(detail.jobId(), 0L));
            links.getChildren().add(log);
        }
        content.getChildren().addAll(section("Steps"), steps(detail));
        content.getChildren().addAll(section("sccache"));
        content.getChildren().addAll(cache(detail));
    }

    private static Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Node steps(JobDetail detail) {
        if (detail.steps().isEmpty()) {
            Label none = new Label("No steps yet: the job has not started.");
            none.getStyleClass().add("text-muted");
            return none;
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        grid.getStyleClass().add("job-steps");
        // The state and the time keep their width; the step's name wraps.
        ColumnConstraints state = new ColumnConstraints();
        state.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints stepName = new ColumnConstraints();
        stepName.setHgrow(Priority.ALWAYS);
        ColumnConstraints stepTime = new ColumnConstraints();
        stepTime.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(state, stepName, stepTime);
        int row = 0;
        for (JobDetail.StepRow step : detail.steps()) {
            Label word = StatusIcons.label(step.badge(), step.badge().word());
            word.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(step.name());
            name.setWrapText(true);
            Label time = new Label(step.time());
            time.setMinWidth(Region.USE_PREF_SIZE);
            time.getStyleClass().add("step-time");
            grid.addRow(row++, word, name, time);
        }
        return grid;
    }

    private static Node[] cache(JobDetail detail) {
        VBox box = new VBox(6);
        if (detail.cache().isEmpty()) {
            Label none = new Label(detail.badge().live() || detail.badge() == StatusBadge.QUEUED
                    ? "The figures are read once the job has completed." : "No figures read for this job.");
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
        } else {
            Label line = new Label(detail.cache().get());
            line.setId("job-detail-cache");
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        detail.cacheNote().ifPresent(note -> {
            Label why = new Label(note);
            why.setWrapText(true);
            why.getStyleClass().add("text-muted");
            box.getChildren().add(why);
        });
        for (JobDetail.LanguageBar language : detail.languages()) {
            ProgressBar bar = new ProgressBar(Double.isNaN(language.hitShare()) ? 0 : language.hitShare());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().add("job-language-share");
            bar.setTooltip(new Tooltip(language.text()));
            Label text = new Label(language.text());
            text.setWrapText(true);
            box.getChildren().addAll(text, bar);
        }
        for (Diagnosis diagnosis : detail.diagnoses()) {
            Label d = new Label(diagnosis.message());
            d.setWrapText(true);
            d.getStyleClass().add("warning-banner");
            d.setGraphic(new FontIcon(Material2MZ.WARNING));
            d.setTooltip(new Tooltip(diagnosis.code().code()
                    + (diagnosis.evidence() == null ? "" : "\n" + diagnosis.evidence())));
            box.getChildren().add(d);
        }
        return new Node[] {box};
    }
}
