package dev.wheelhouse.ui.logs;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;

/**
 * A job's log in its own window: its lines virtualised (only the visible rows exist, each read
 * from the file-backed index), opened at the key line and marking it; search with
 * next/previous and the match count, the next error, timestamps on or off, copy the selected
 * lines, save the log, open the job in the browser.
 */
public final class LogViewer {

    private final LogViewModel model;
    private final Consumer<String> openUrl;
    private final LogLinesView list;
    private final TextField search = new TextField();
    private final CheckBox fold = new CheckBox("Fold steps");
    private final BorderPane root = new BorderPane();

    public LogViewer(LogViewModel model, Consumer<String> openUrl) {
        this.model = model;
        this.openUrl = openUrl;
        this.list = new LogLinesView(index -> {
            String raw = model.raw(index);
            String style = LogLineStyle.styleClass(raw);
            return new LogLinesView.Row(String.format("%7d  %s", index + 1,
                    LogLineStyle.text(raw, model.timestampsProperty().get())), style,
                    style == null ? LogLineStyle.colour(raw) : null, index == model.keyIndex());
        });
        list.setId("log-lines");
        list.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copySelection();
                e.consume();
            }
        });
        model.lineCountProperty().addListener((obs, old, n) -> list.setCount(n.intValue()));
        model.focusProperty().addListener((obs, old, at) -> focus(at.intValue()));
        model.timestampsProperty().addListener((obs, old, on) -> list.refresh());
        model.rowsReadProperty().addListener((obs, old, n) -> list.refresh());
        model.sectionsProperty().addListener((obs, old, found) -> {
            list.setSections(found.starts(), found.ends());
            fold.setSelected(false);
        });
        root.setTop(toolbar());
        root.setCenter(list);
        Label status = new Label();
        status.setId("log-status");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(2, 8, 2, 8));
        root.setBottom(status);
    }

    /** Opens the viewer in a window of its own and starts loading. */
    public static Stage show(Window owner, LogViewModel model, Consumer<String> openUrl, List<String> stylesheets) {
        LogViewer viewer = new LogViewer(model, openUrl);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Log · " + model.request().title());
        Scene scene = new Scene(viewer.root, 1000, 640);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.close());
        stage.show();
        model.open();
        return stage;
    }

    public BorderPane view() {
        return root;
    }

    private HBox toolbar() {
        search.setId("log-search");
        search.setPromptText("Search the log");
        search.setOnAction(e -> model.search(search.getText(), current(), true));
        Button next = button("log-search-next", Material2AL.ARROW_DOWNWARD, "Next match (Enter)");
        next.setOnAction(e -> model.search(search.getText(), current(), true));
        Button previous = button("log-search-previous", Material2AL.ARROW_UPWARD, "Previous match");
        previous.setOnAction(e -> model.search(search.getText(), current(), false));
        Label matches = new Label();
        matches.setId("log-matches");
        matches.textProperty().bind(model.matchesProperty());
        Button error = button("log-next-error", Material2AL.ERROR_OUTLINE, "Next error");
        error.setText("Next error");
        error.setOnAction(e -> model.nextError(current()));
        fold.setId("log-fold");
        fold.setTooltip(new Tooltip("Fold every step's section to its first line (click a ▸/▾ line, or Left and "
                + "Right, for one)"));
        fold.disableProperty().bind(model.sectionsProperty().isEqualTo(LogSections.NONE));
        fold.selectedProperty().addListener((obs, old, on) -> list.foldAll(on));
        CheckBox stamps = new CheckBox("Timestamps");
        stamps.setId("log-timestamps");
        stamps.selectedProperty().bindBidirectional(model.timestampsProperty());
        Button copy = button("log-copy", Material2AL.CONTENT_COPY, "Copy the selected lines");
        copy.setOnAction(e -> copySelection());
        Button save = button("log-save", Material2MZ.SAVE, "Save the log");
        save.setOnAction(e -> save());
        Button browser = button("log-browser", Material2MZ.OPEN_IN_NEW, "Open the job on GitHub");
        browser.setDisable(model.request().htmlUrl() == null);
        browser.setOnAction(e -> openUrl.accept(model.request().htmlUrl()));
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox bar = new HBox(6, search, previous, next, matches, error, push, fold, stamps, copy, save, browser);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private static Button button(String id, org.kordamp.ikonli.Ikon icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private int current() {
        int at = list.selectedProperty().get();
        return at >= 0 ? at : Math.max(-1, model.focusProperty().get());
    }

    private void focus(int index) {
        if (index >= 0 && index < list.count()) {
            list.select(index);
        }
    }

    private void copySelection() {
        model.texts(list.selectedRange(), text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the log");
        chooser.setInitialFileName(model.request().title().replaceAll("[^\\w.() -]", "_") + ".log");
        File target = chooser.showSaveDialog(root.getScene().getWindow());
        if (target != null) {
            model.save(target.toPath());
        }
    }
}
