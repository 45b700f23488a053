package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.ui.common.WhenFirst;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;

/**
 * The editor's banner: what happened to the document (pushed, changed on disk, could not be read)
 * and the action that goes with it. Made with the first message: until then the editor has none,
 * and the window's first frame does without its label and four buttons (issue 15).
 */
final class EditorBanner {

    private final MatrixEditorViewModel model;
    private final MatrixEditorActions actions;
    private final Label text = new Label();
    private final HBox box = new HBox(8);

    private EditorBanner(MatrixEditorViewModel model, MatrixEditorActions actions) {
        this.model = model;
        this.actions = actions;
    }

    /** Puts the banner into {@code parent} at {@code index} when the model first has a message. */
    static void install(MatrixEditorViewModel model, MatrixEditorActions actions, Pane parent, int index) {
        WhenFirst.holds(model.bannerProperty(), banner -> banner != null, () -> {
            EditorBanner banner = new EditorBanner(model, actions);
            banner.build();
            parent.getChildren().add(index, banner.box);
        });
    }

    private void build() {
        text.setId("editor-banner");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        BooleanBinding offersReload = Bindings.createBooleanBinding(
                () -> model.bannerProperty().get() != null && model.bannerProperty().get().offer() == Banner.Offer.RELOAD,
                model.bannerProperty());
        BooleanBinding offersSave = Bindings.createBooleanBinding(
                () -> model.bannerProperty().get() != null
                        && model.bannerProperty().get().offer() == Banner.Offer.SAVE_LOCAL, model.bannerProperty());
        Button reload = new Button("Reload");
        reload.setId("banner-reload");
        reload.setOnAction(e -> actions.reload());
        reload.visibleProperty().bind(model.status().changedOnDiskProperty().or(offersReload));
        Button saveAs = new Button("Save as…");
        saveAs.setOnAction(e -> actions.saveAs());
        saveAs.visibleProperty().bind(model.status().changedOnDiskProperty());
        Button saveLocal = new Button("Save the edit to this computer's file");
        saveLocal.setId("banner-save-local");
        saveLocal.setOnAction(e -> actions.save());
        saveLocal.visibleProperty().bind(offersSave);
        for (Button b : List.of(reload, saveAs, saveLocal)) {
            b.managedProperty().bind(b.visibleProperty());
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.setId("dismiss-banner");
        close.setOnAction(e -> model.dismissBanner());
        close.getStyleClass().add("flat");
        close.setAccessibleText("Dismiss the message");
        box.getChildren().addAll(text, reload, saveAs, saveLocal, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 8, 4, 8));
        model.bannerProperty().addListener((obs, old, value) -> show(value));
        show(model.bannerProperty().get());
    }

    private void show(Banner value) {
        box.setVisible(value != null);
        box.setManaged(value != null);
        box.getStyleClass().removeAll("error-banner", "warning-banner", "info-banner");
        if (value != null) {
            text.setText(value.text());
            box.getStyleClass().add(value.kind().name().toLowerCase() + "-banner");
        }
    }
}
