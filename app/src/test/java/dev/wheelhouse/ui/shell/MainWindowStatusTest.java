package dev.wheelhouse.ui.shell;

import dev.wheelhouse.testing.SceneAudit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status bar on a narrow window: its items are whole or gone, the least important first. */
@ExtendWith(ApplicationExtension.class)
class MainWindowStatusTest {

    private MainWindow window;
    private Label polling;
    private Label connection;
    private Label requests;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow();
        polling = new Label("3 runs watched");
        connection = new Label("Sandbox · wheelhouse-demo/satkit");
        requests = new Label("189 requests · 37 unchanged · 0 retries");
        window.addStatusItem(polling);
        window.addStatusItem(connection);
        window.addStatusItem(requests);
        stage.setScene(new Scene(window.root(), 1200, 300));
        // The primary stage is shared across test classes: a whole-app walk before this one left its minimum.
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setWidth(1200);
        stage.show();
    }

    private static boolean shown(Label label) {
        for (javafx.scene.Node n = label; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aWideWindowShowsEveryItem(FxRobot robot) {
        assertTrue(shown(polling) && shown(connection) && shown(requests));
    }

    @Test
    void aNarrowWindowDropsTheLastItemsAndCutsNone(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setWidth(480));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.statusBar().getWidth() <= 480).get());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(shown(polling));
        assertFalse(shown(requests), "the least important item gives way");
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> SceneAudit.cutLabels(window.root())).get();
        assertEquals(List.of(), cut, "no status item is shown cut");
    }
}
