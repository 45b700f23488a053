package dev.wheelhouse.ui.release;

import dev.wheelhouse.release.Finding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * Shows what a review lets through before it is sent: for Approve, the files the job will publish and the open
 * findings, with a box to tick when a finding is open (or the check has not run); for Reject, that the job will
 * fail. Empty when the user backs out.
 */
final class ApproveDialog {

    private ApproveDialog() {
    }

    static Optional<Boolean> ask(Window owner, ApprovalPlan plan, boolean approve) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(approve ? "Approve the deployment" : "Reject the deployment");
        ButtonType go = new ButtonType(approve ? "Approve" : "Reject", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        dialog.getDialogPane().setId("release-review-dialog");
        VBox content = new VBox(8);
        content.setPrefWidth(620);
        if (!approve) {
            content.getChildren().add(new Label(plan.job() + " will fail without running, and the run with it."));
        } else {
            content.getChildren().add(new Label(plan.job() + " will run in " + plan.environment() + " and publish "
                    + plan.files().size() + " files:"));
            ListView<String> files = new ListView<>(javafx.collections.FXCollections.observableArrayList(
                    plan.files().stream().sorted().toList()));
            files.setId("release-review-files");
            files.setPrefHeight(160);
            content.getChildren().add(files);
            if (!plan.checked()) {
                content.getChildren().add(new Label("The run's wheels have not been checked."));
            }
            if (!plan.open().isEmpty()) {
                ListView<String> open = new ListView<>(javafx.collections.FXCollections.observableArrayList(
                        plan.open().stream().map(Finding::message).toList()));
                open.setId("release-review-findings");
                open.setPrefHeight(120);
                content.getChildren().addAll(new Label(plan.open().size() + (plan.open().size() == 1
                        ? " finding is open:" : " findings are open:")), open);
            }
            if (plan.needsConfirmation()) {
                CheckBox confirm = new CheckBox("Publish anyway");
                confirm.setId("release-review-confirm");
                content.getChildren().add(confirm);
                dialog.getDialogPane().lookupButton(go).disableProperty().bind(confirm.selectedProperty().not());
            }
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(go).setId("release-review-go");
        return dialog.showAndWait().filter(b -> b == go).map(b -> true);
    }
}
