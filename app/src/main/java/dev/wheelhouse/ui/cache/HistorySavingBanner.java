package dev.wheelhouse.ui.cache;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Cache screen's line about history writes that fail: the view model's message as a warning
 * banner, with "Try again" beside it; the whole line is gone while the history is saved.
 */
final class HistorySavingBanner {

    private HistorySavingBanner() {
    }

    static Node of(HistorySavingViewModel model) {
        Label text = CacheScreen.banner("cache-history-failing", "warning-banner", model.messageProperty());
        text.setGraphic(new FontIcon(Material2MZ.WARNING));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button retry = new Button("Try again", new FontIcon(Material2MZ.REFRESH));
        retry.setId("cache-history-retry");
        // The message wraps; the button keeps its words.
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.disableProperty().bind(model.retryingProperty());
        retry.setOnAction(e -> model.tryAgain());
        HBox line = new HBox(8, text, retry);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(model.failingProperty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }
}
