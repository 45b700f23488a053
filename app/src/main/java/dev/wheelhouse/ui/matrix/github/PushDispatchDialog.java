package dev.wheelhouse.ui.matrix.github;

import dev.wheelhouse.runs.dispatch.PushOutcome;
import dev.wheelhouse.ui.common.DispatchForm;
import dev.wheelhouse.ui.common.FormRows;
import dev.wheelhouse.ui.matrix.DiffView;
import dev.wheelhouse.ui.theme.ThemeSwitcher;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;

/** The "Push & dispatch…" window: branch, commit message, the workflow's inputs, and the result. */
public final class PushDispatchDialog {

    private final PushDispatchViewModel model;
    private final Stage stage = new Stage();
    private final VBox content = new VBox(10);
    private final Consumer<PushOutcome.Pushed> onPushed;

    public PushDispatchDialog(Window owner, PushDispatchViewModel model, Consumer<PushOutcome.Pushed> onPushed) {
        this.model = model;
        this.onPushed = onPushed;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Push & dispatch");
        content.setPadding(new Insets(16));
        content.setPrefWidth(760);
        ProgressIndicator preparing = new ProgressIndicator();
        Label wait = new Label("Reading the workflow on GitHub…");
        content.getChildren().setAll(new HBox(10, preparing, wait));
        ScrollPane scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        // Sized to what it shows (and re-sized when the form arrives), never a fixed 800×640 of blank.
        Scene scene = new Scene(scroller);
        scene.getStylesheets().add(ThemeSwitcher.APP_STYLESHEET);
        stage.setScene(scene);
        model.planProperty().addListener((obs, old, plan) -> {
            if (plan != null) {
                showForm(plan);
                fitToContent();
            }
        });
        model.errorProperty().addListener((obs, old, error) -> {
            if (model.planProperty().get() == null && !error.isEmpty()) {
                Label failed = new Label(error);
                failed.setWrapText(true);
                failed.getStyleClass().add("error-banner");
                content.getChildren().setAll(failed, closeButton());
                fitToContent();
            }
        });
    }

    /**
     * As wide as the form asks (at most the screen) and as tall as its content at that width (at
     * most the screen): wrapped text is measured at the width it will have, so nothing is cut.
     */
    private void fitToContent() {
        javafx.geometry.Rectangle2D screen = (stage.isShowing()
                ? javafx.stage.Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                        Math.max(1, stage.getHeight())).stream().findFirst()
                : java.util.Optional.<javafx.stage.Screen>empty())
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        javafx.scene.Parent root = stage.getScene().getRoot();
        root.applyCss();
        double frameWidth = Double.isNaN(stage.getWidth()) ? 0 : Math.max(0, stage.getWidth() - stage.getScene().getWidth());
        double frameHeight = Double.isNaN(stage.getHeight()) ? 0
                : Math.max(0, stage.getHeight() - stage.getScene().getHeight());
        double width = Math.min(content.prefWidth(-1) + 24, screen.getWidth() - frameWidth);
        double height = Math.min(content.prefHeight(width) + 24, screen.getHeight() - frameHeight);
        stage.setWidth(width + frameWidth);
        stage.setHeight(height + frameHeight);
        if (stage.isShowing()) {
            stage.setX(Math.max(screen.getMinX(), Math.min(stage.getX(), screen.getMaxX() - stage.getWidth())));
            stage.setY(Math.max(screen.getMinY(), Math.min(stage.getY(), screen.getMaxY() - stage.getHeight())));
        }
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private void showForm(PushPlan plan) {
        Label title = new Label("Push " + plan.path() + " to " + plan.repository().fullName() + " and run it");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);

        TextField branch = new TextField(plan.suggestedBranch());
        branch.setId("push-branch");
        TextField message = new TextField(plan.commitMessage());
        message.setId("push-message");
        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        Label base = new Label(plan.baseRef());
        FormRows.add(fields, 0, "From branch", base);
        FormRows.add(fields, 1, "New branch", branch);
        FormRows.add(fields, 2, "Commit message", message);
        branch.setPrefColumnCount(36);
        message.setPrefColumnCount(48);

        DispatchForm form = new DispatchForm(plan.inputs(), plan.environments());
        model.inputProblems().addListener((ListChangeListener<dev.wheelhouse.runs.dispatch.InputProblem>) c ->
                form.showProblems(model.inputProblems()));
        Label inputs = new Label("Workflow inputs");
        inputs.getStyleClass().add("section-title");

        content.getChildren().setAll(title);
        if (!plan.localDiffers().isEmpty()) {
            Label differs = new Label("The file on this computer differs from GitHub's " + plan.baseRef()
                    + " before your edit. Your matrix edits will be made again on GitHub's version:");
            differs.setWrapText(true);
            differs.getStyleClass().add("warning-banner");
            DiffView diff = new DiffView();
            diff.show(plan.localDiffers());
            ((Region) diff.view()).setPrefHeight(160);
            content.getChildren().addAll(differs, diff.view());
        }
        content.getChildren().addAll(fields, inputs, form.view());

        Label error = new Label();
        error.setId("push-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        DiffView staleDiff = new DiffView();
        ((Region) staleDiff.view()).setPrefHeight(200);
        Button reapply = new Button("Make my edits again on GitHub's version and push");
        reapply.setId("push-reapply");
        reapply.setOnAction(e -> model.reapplyAndPush(this::pushed));
        VBox stale = new VBox(6, staleDiff.view(), reapply);
        stale.visibleProperty().bind(model.staleDiffProperty().isNotEmpty());
        stale.managedProperty().bind(stale.visibleProperty());
        model.staleDiffProperty().addListener((obs, old, diff) -> staleDiff.show(diff));

        Button push = new Button("Push & dispatch");
        push.setId("push-and-dispatch");
        push.getStyleClass().add("accent");
        push.setDefaultButton(true);
        push.disableProperty().bind(model.busyProperty());
        push.setOnAction(e -> model.push(branch.getText().strip(), message.getText().strip(), form.values(),
                this::pushed));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, busy, gap, closeButton(), push);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        content.getChildren().addAll(error, stale, buttons);
    }

    private void pushed(PushOutcome.Pushed done) {
        Label result = new Label("Run " + done.dispatch().runId() + " started on branch " + done.branch() + ".");
        result.setId("push-result");
        result.getStyleClass().addAll("info-banner", "title-4");
        result.setWrapText(true);
        Label link = new Label(done.dispatch().htmlUrl());
        link.getStyleClass().add("text-muted");
        content.getChildren().setAll(result, link, closeButton());
        onPushed.accept(done);
    }

    private Button closeButton() {
        Button close = new Button("Close");
        close.setId("push-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        return close;
    }
}
