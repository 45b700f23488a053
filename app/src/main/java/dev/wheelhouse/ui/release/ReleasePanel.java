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
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.File;
import java.util.List;

/**
 * The Release panel of a run tab: the check's status, the gate when a job waits for a deployment review (comment,
 * Approve, Reject), the artifacts (name, files, size, expiry, digest, job) and the findings.
 */
public final class ReleasePanel {

    private final ReleaseViewModel model;
    private final VBox root = new VBox(8);

    public ReleasePanel(ReleaseViewModel model, DownloadViewModel downloads) {
        this.model = model;
        root.setId("release-panel");
        root.setPadding(new Insets(8, 12, 8, 12));
        Label status = new Label();
        status.setId("release-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label problem = new Label();
        problem.setId("release-problem");
        problem.setWrapText(true);
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
        download.setTooltip(new Tooltip("Download every artifact to a folder, each checked against its digest"));
        download.disableProperty().bind(model.reportProperty().isNull().or(downloads.runningProperty()));
        download.setOnAction(e -> chooseAndDownload(downloads));
        HBox top = new HBox(8, status, again, download);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        top.setAlignment(Pos.CENTER_LEFT);
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
        HBox actions = new HBox(8, comment, approve, reject);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, waiting, actions);
        box.getStyleClass().add("release-gate");
        box.visibleProperty().bind(model.gateProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node findings() {
        ListView<Finding> list = new ListView<>(model.findings());
        list.setId("release-findings");
        list.setPrefHeight(140);
        list.setPlaceholder(new Label("No findings."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Finding item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (item.error() ? "✘ " : "! ") + item.kind().code() + " — "
                        + item.message());
                setWrapText(true);
            }
        });
        return list;
    }

    private Node artifacts() {
        TableView<ArtifactRow> table = new TableView<>(model.artifacts());
        table.setId("release-artifacts");
        table.setPlaceholder(new Label("The artifacts show once the check has read them."));
        for (String[] column : List.of(new String[]{"Artifact", "name"}, new String[]{"Files", "files"},
                new String[]{"Size", "size"}, new String[]{"Expires", "expiry"}, new String[]{"Digest", "digest"},
                new String[]{"Job", "job"})) {
            TableColumn<ArtifactRow, String> c = new TableColumn<>(column[0]);
            c.setCellValueFactory(new PropertyValueFactory<>(column[1]));
            table.getColumns().add(c);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private void chooseAndDownload(DownloadViewModel downloads) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Download the run's artifacts to");
        File folder = chooser.showDialog(window());
        if (folder != null && model.reportProperty().get() != null) {
            downloads.start(model.reportProperty().get().produced().stream().map(ProducedArtifact::artifact)
                    .filter(a -> !a.expired()).toList(), folder.toPath());
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
