package dev.wheelhouse.ui.cache;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Cache screen's sections: the failures beside trends and storage on a wide screen, with
 * storage as a tab under the trends on a narrow one (beside, they were left 85 px at 1024), and
 * back; each section in one place at a time.
 */
@ExtendWith(ApplicationExtension.class)
class SectionLayoutTest {

    private Region trends;
    private Region storage;
    private Region failures;

    @Start
    void start(Stage stage) {
        // Controls are made once the toolkit runs (made before, their class fails to initialise).
        trends = new Label("trends");
        storage = new Label("storage");
        failures = new Label("failures");
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Test
    void narrowPutsFailuresInATabBesideStorageAndWideBesideEverything() throws Exception {
        SectionLayout layout = onFx(() -> new SectionLayout(trends, storage, failures));
        BorderPane root = onFx(() -> {
            BorderPane pane = new BorderPane();
            pane.centerProperty().bind(layout.shown());
            return pane;
        });

        onFx(() -> {
            layout.fit(1024);
            return null;
        });
        assertFalse(layout.wide());
        SplitPane narrow = (SplitPane) root.getCenter();
        assertEquals(2, narrow.getItems().size());
        assertSame(trends, narrow.getItems().get(0));
        TabPane lower = (TabPane) narrow.getItems().get(1);
        assertSame(storage, lower.getTabs().get(0).getContent());
        assertSame(failures, lower.getTabs().get(1).getContent());

        onFx(() -> {
            layout.fit(1920);
            return null;
        });
        assertTrue(layout.wide());
        SplitPane wide = (SplitPane) root.getCenter();
        assertSame(failures, wide.getItems().get(1));
        SplitPane left = (SplitPane) wide.getItems().get(0);
        assertEquals(List.of(trends, storage), List.<Node>copyOf(left.getItems()));
        assertEquals(0, narrow.getItems().size(), "the narrow arrangement let its sections go");
        assertEquals(null, lower.getTabs().get(0).getContent());
    }

    @Test
    void aWidthNotYetLaidOutChangesNothing() throws Exception {
        SectionLayout layout = onFx(() -> new SectionLayout(trends, storage, failures));
        Node before = layout.shown().get();

        onFx(() -> {
            layout.fit(0);
            return null;
        });

        assertTrue(layout.wide());
        assertSame(before, layout.shown().get());
    }
}
