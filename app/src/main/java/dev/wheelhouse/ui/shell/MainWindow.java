package dev.wheelhouse.ui.shell;

import dev.wheelhouse.ui.common.LazyTooltip;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/** The frame: a side bar of screens, the current screen, and a status bar. */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox sideBar = new VBox(4);
    private final ToggleGroup screenToggles = new ToggleGroup();
    private final List<Screen> screens = new ArrayList<>();
    /**
     * Items on the right, in slots that give way whole (fitStatusItems). A box of our own, not
     * ControlsFX's StatusBar: its skin is a grid with a progress bar always made, and a style sheet
     * parsed from text, all in the first frame for a bar that shows neither (issue 15).
     */
    private final HBox statusBar = new HBox();
    private final HBox statusItems = new HBox();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final List<HBox> statusSlots = new ArrayList<>();
    private static final double STATUS_GAP = 16;
    /** Kept free at the bar's left, past its padding. */
    private static final double STATUS_TEXT_ROOM = 40;

    public MainWindow() {
        sideBar.getStyleClass().add("side-bar");
        sideBar.setPadding(new Insets(8, 4, 8, 4));
        sideBar.setAlignment(Pos.TOP_CENTER);
        content.getStyleClass().add("screen-content");
        statusBar.getStyleClass().add("status-bar");
        statusItems.getStyleClass().add("right-items");
        statusItems.setAlignment(Pos.CENTER);
        Region statusSpace = new Region();
        HBox.setHgrow(statusSpace, Priority.ALWAYS);
        statusBar.getChildren().addAll(statusSpace, statusItems);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        root.setLeft(sideBar);
        root.setCenter(content);
        root.setBottom(statusBar);
        // As narrow as the window: the items that do not fit are hidden whole (fitStatusItems).
        statusBar.setMinWidth(0);
        statusBar.widthProperty().addListener(o -> fitStatusItems());
        screenToggles.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                // A screen stays selected: clicking the active entry again must not blank the window.
                screenToggles.selectToggle(old);
                return;
            }
            show((Screen) selected.getUserData());
        });
    }

    public void addScreen(Screen screen) {
        screens.add(screen);
        FontIcon icon = new FontIcon(screen.icon());
        icon.setIconSize(20);
        ToggleButton button = new ToggleButton(screen.title(), icon);
        button.setContentDisplay(ContentDisplay.TOP);
        button.setUserData(screen);
        button.setToggleGroup(screenToggles);
        LazyTooltip.install(button, screen.title());
        button.getStyleClass().add("side-bar-button");
        button.setId("nav-" + screen.title().toLowerCase().replace(' ', '-'));
        button.setMaxWidth(Double.MAX_VALUE);
        sideBar.getChildren().add(button);
        if (screens.size() == 1) {
            screenToggles.selectToggle(button);
        }
    }

    /** Brings a screen to the front (also used by keyboard shortcuts and notifications). */
    public void select(Screen screen) {
        screenToggles.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == screen)
                .findFirst()
                .ifPresent(screenToggles::selectToggle);
    }

    private void show(Screen screen) {
        Screen previous = current.get();
        if (previous == screen) {
            return;
        }
        if (previous != null) {
            previous.hidden();
        }
        Node view = screen.view();
        content.getChildren().setAll(view);
        current.set(screen);
        screen.shown();
    }

    /**
     * Adds a permanent item to the right of the status bar (connection, rate limit, tasks), after
     * the ones added before it, which matter more. An item is shown whole or not at all: when the
     * window is too narrow for every item, the last ones added give way.
     */
    public void addStatusItem(Node item) {
        if (item instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox slot = new HBox(item);
        slot.setAlignment(Pos.CENTER_LEFT);
        if (!statusSlots.isEmpty()) {
            slot.setPadding(new Insets(0, 0, 0, STATUS_GAP));
        }
        statusSlots.add(slot);
        statusItems.getChildren().add(slot);
        item.layoutBoundsProperty().addListener(o -> fitStatusItems());
        item.visibleProperty().addListener(o -> fitStatusItems());
        fitStatusItems();
    }

    private void fitStatusItems() {
        double available = statusBar.getWidth() - STATUS_TEXT_ROOM;
        double used = 0;
        for (HBox slot : statusSlots) {
            Node item = slot.getChildren().get(0);
            double wanted = item.isVisible() ? item.prefWidth(-1) + slot.getPadding().getLeft() : 0;
            boolean fits = statusBar.getWidth() <= 0 || used + wanted <= available;
            slot.setVisible(fits && item.isVisible());
            slot.setManaged(fits && item.isVisible());
            if (fits) {
                used += wanted;
            }
        }
    }

    public void addSpacerToSideBar(Node bottomItem) {
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        sideBar.getChildren().addAll(spacer, bottomItem);
    }

    /**
     * A line across the top for what the user should know about the whole app (the sandbox is in
     * use, the connection failed); errors win over notices, and either can be dismissed.
     */
    public void bindNotice(javafx.beans.value.ObservableStringValue notice, javafx.beans.value.ObservableStringValue error) {
        Label text = new Label();
        text.setId("app-notice");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(text, Priority.ALWAYS);
        javafx.scene.control.Button close = new javafx.scene.control.Button(null,
                new FontIcon(org.kordamp.ikonli.material2.Material2AL.CLOSE));
        close.getStyleClass().addAll("flat", "small");
        close.setAccessibleText("Dismiss the notice");
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, text, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 12));
        Runnable update = () -> {
            boolean failed = !error.get().isEmpty();
            String shown = failed ? error.get() : notice.get();
            text.setText(shown);
            bar.getStyleClass().removeAll("error-banner", "info-banner");
            bar.getStyleClass().add(failed ? "error-banner" : "info-banner");
            bar.setVisible(!shown.isEmpty());
            bar.setManaged(!shown.isEmpty());
        };
        notice.addListener((obs, old, value) -> update.run());
        error.addListener((obs, old, value) -> update.run());
        close.setOnAction(e -> {
            bar.setVisible(false);
            bar.setManaged(false);
        });
        update.run();
        root.setTop(bar);
    }

    public Region statusBar() {
        return statusBar;
    }

    public ReadOnlyObjectProperty<Screen> currentScreenProperty() {
        return current.getReadOnlyProperty();
    }

    public List<Screen> screens() {
        return List.copyOf(screens);
    }

    public BorderPane root() {
        return root;
    }

    public static Label statusLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-item");
        return label;
    }
}
