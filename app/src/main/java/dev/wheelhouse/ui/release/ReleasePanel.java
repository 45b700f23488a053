package dev.wheelhouse.ui.release;

import dev.wheelhouse.release.Finding;
import dev.wheelhouse.release.ProducedArtifact;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.File;
import java.util.function.Function;

/**
 * The Release panel of a run tab: the check's status, the gate when a job waits for a deployment review (comment,
 * Approve, Reject), the artifacts (name, files, size, expiry, digest, job) and the findings.
 */
public final class ReleasePanel {

    private final ReleaseViewModel model;
    private final VBox root = new VBox(8);
    private final TableView<ArtifactRow> table;

    public ReleasePanel(ReleaseViewModel model, DownloadViewModel downloads) {
        this.model = model;
        this.table = new TableView<>(model.artifacts());
        root.setId("release-panel");
        root.setPadding(new Insets(8, 12, 8, 12));
        Label status = new Label();
        status.setId("release-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        Label problem = new Label();
        problem.setId("release-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button again = new Button("Check again", new FontIcon(Material2MZ.REFRESH));
        again.setId("release-check");
        again.setTooltip(new Tooltip("Read the run's artifacts again and compare them with the plan"));
        again.disableProperty().bind(model.busyProperty());
        again.setOnAction(e -> model.check());
        Button download = new Button("Download…", new FontIcon(Material2AL.CLOUD_DOWNLOAD));
        download.setId("release-download");
        download.setTooltip(new Tooltip("Download the selected artifacts (all when none is selected) to a folder, "
                + "each checked against its digest"));
        download.disableProperty().bind(model.reportProperty().isNull().or(downloads.runningProperty()));
        download.setOnAction(e -> chooseAndDownload(downloads));
        again.setMinWidth(Region.USE_PREF_SIZE);
        download.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, again, download);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, status, buttons);
        Label progress = new Label();
        progress.setId("release-download-status");
        progress.textProperty().bind(downloads.messageProperty());
        progress.visibleProperty().bind(progress.textProperty().isNotEmpty());
        progress.managedProperty().bind(progress.visibleProperty());
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.progressProperty().bind(downloads.progressProperty());
        bar.visibleProperty().bind(downloads.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("release-download-cancel");
        cancel.visibleProperty().bind(downloads.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> downloads.cancel());
        HBox downloading = new HBox(8, bar, progress, cancel);
        downloading.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(top, problem, gate(), downloading, new Label("Findings"), findings(),
                new Label("Artifacts"), artifacts());
    }

    public Node view() {
        return root;
    }

    private Node gate() {
        Label waiting = new Label();
        waiting.setId("release-gate");
        waiting.setGraphic(new FontIcon(Material2AL.HOURGLASS_EMPTY));
        waiting.textProperty().bind(model.gateProperty());
        waiting.setWrapText(true);
        waiting.setMinHeight(Region.USE_PREF_SIZE);
        waiting.getStyleClass().add("warning");
        TextField comment = new TextField();
        comment.setId("release-comment");
        comment.setPromptText("Comment for the review");
        HBox.setHgrow(comment, Priority.ALWAYS);
        Button approve = new Button("Approve…", new FontIcon(Material2AL.CHECK));
        approve.setId("release-approve");
        approve.getStyleClass().add("success");
        approve.setOnAction(e -> ApproveDialog.ask(window(), model.approvalPlan(), true)
                .ifPresent(confirmed -> model.approve(comment.getText(), confirmed)));
        Button reject = new Button("Reject…", new FontIcon(Material2AL.BLOCK));
        reject.setId("release-reject");
        reject.getStyleClass().add("danger");
        reject.setOnAction(e -> ApproveDialog.ask(window(), model.approvalPlan(), false)
                .ifPresent(confirmed -> model.reject(comment.getText())));
        approve.disableProperty().bind(model.busyProperty());
        reject.disableProperty().bind(model.busyProperty());
        approve.setMinWidth(Region.USE_PREF_SIZE);
        reject.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, approve, reject);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, waiting, comment, actions);
        box.getStyleClass().add("release-gate");
        box.visibleProperty().bind(model.gateProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node findings() {
        ListView<Finding> list = new ListView<>(model.findings());
        list.setId("release-findings");
        list.setPrefHeight(140);
        list.setMinHeight(100);
        list.setPlaceholder(new Label("No findings."));
        list.setCellFactory(v -> new ListCell<>() {
            // A label of the list's width, not the cell's text: a finding names a job and a file, and
            // as the cell's own text it was cut after two lines (at 1024 px, after its first words).
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.setMinHeight(Region.USE_PREF_SIZE);
                text.maxWidthProperty().bind(list.widthProperty().subtract(28));
            }

            @Override
            protected void updateItem(Finding item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? null : (item.error() ? "✘ " : "! ") + item.kind().code() + " — "
                        + item.message());
                setGraphic(empty || item == null ? null : text);
            }
        });
        return list;
    }

    private Node artifacts() {
        table.setId("release-artifacts");
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("The artifacts show once the check has read them."));
        column(table, "Artifact", ArtifactRow::name, 220);
        column(table, "Files", ArtifactRow::files, 70);
        column(table, "Size", ArtifactRow::size, 80);
        column(table, "Expires", ArtifactRow::expiry, 95);
        column(table, "Digest", ArtifactRow::digest, 170);
        column(table, "Job", ArtifactRow::job, 260);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static void column(TableView<ArtifactRow> table, String title, Function<ArtifactRow, String> value,
                               double width) {
        TableColumn<ArtifactRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        column.setPrefWidth(width);
        table.getColumns().add(column);
    }

    private void chooseAndDownload(DownloadViewModel downloads) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Download the run's artifacts to");
        File folder = chooser.showDialog(window());
        if (folder != null && model.reportProperty().get() != null) {
            java.util.Set<String> chosen = table.getSelectionModel().getSelectedItems().stream().map(ArtifactRow::name)
                    .collect(java.util.stream.Collectors.toSet());
            downloads.start(model.reportProperty().get().produced().stream().map(ProducedArtifact::artifact)
                    .filter(a -> !a.expired() && (chosen.isEmpty() || chosen.contains(a.name()))).toList(),
                    folder.toPath());
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public ReleaseViewModel model() {
        return model;
    }

    /**
     * Adds the cell's produced wheels ({@code ✔ 2/2}, {@code ✘ 1/2} with the findings on hover) under a grid cell
     * the run view drew, once the check has run.
     */
    public Node decorate(Node cell, String job) {
        java.util.Optional<String> badge = model.cellBadge(job);
        if (badge.isEmpty() || !(cell instanceof VBox box)) {
            return cell;
        }
        Label wheels = new Label(badge.get());
        wheels.getStyleClass().addAll("run-cell-wheels", badge.get().startsWith("✔") ? "success" : "danger");
        String why = model.cellFindings(job);
        if (!why.isEmpty()) {
            Tooltip.install(wheels, new Tooltip(why));
        }
        box.getChildren().add(wheels);
        return box;
    }
}
