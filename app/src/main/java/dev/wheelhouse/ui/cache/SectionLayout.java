package dev.wheelhouse.ui.cache;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * How the Cache screen's three sections share the screen. Wide: trends above storage, failures
 * beside both. Narrow (the trends need about 830 px of width): failures share the lower half
 * with storage as tabs, since beside the trends they were left 85 px, every cell an ellipsis.
 */
final class SectionLayout {

    /** Below this width of the screen the failures move under the trends. */
    static final double WIDE = 1240;

    private final Node trends;
    private final Node storage;
    private final Node failures;
    private final ReadOnlyObjectWrapper<Node> shown = new ReadOnlyObjectWrapper<>();
    private Boolean wide;
    /** Takes the sections out of the containers they are in now. */
    private Runnable release = () -> { };

    SectionLayout(Node trends, Node storage, Node failures) {
        this.trends = trends;
        this.storage = storage;
        this.failures = failures;
        arrange(true);
    }

    /** The node that holds the sections as they are arranged now. */
    ReadOnlyObjectProperty<Node> shown() {
        return shown.getReadOnlyProperty();
    }

    /** Arranges the sections for a screen {@code width} wide (0 while it is not laid out yet). */
    void fit(double width) {
        if (width > 0) {
            arrange(width >= WIDE);
        }
    }

    boolean wide() {
        return Boolean.TRUE.equals(wide);
    }

    private void arrange(boolean wanted) {
        if (wide != null && wide == wanted) {
            return;
        }
        wide = wanted;
        // The sections leave their old containers first: a node has one parent.
        shown.set(null);
        release.run();
        SplitPane sections = new SplitPane();
        sections.setOrientation(Orientation.VERTICAL);
        if (wanted) {
            sections.getItems().setAll(trends, storage);
            sections.setDividerPositions(0.52);
            SplitPane beside = new SplitPane(sections, failures);
            beside.setDividerPositions(0.68);
            beside.setId("cache-sections");
            release = () -> {
                beside.getItems().clear();
                sections.getItems().clear();
            };
            shown.set(beside);
        } else {
            Tab storageTab = new Tab("Storage", storage);
            Tab failuresTab = new Tab("Failures", failures);
            failuresTab.setId("cache-failures-tab");
            TabPane lower = new TabPane(storageTab, failuresTab);
            lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            sections.getItems().setAll(trends, lower);
            sections.setDividerPositions(0.52);
            sections.setId("cache-sections");
            release = () -> {
                sections.getItems().clear();
                storageTab.setContent(null);
                failuresTab.setContent(null);
            };
            shown.set(sections);
        }
    }
}
