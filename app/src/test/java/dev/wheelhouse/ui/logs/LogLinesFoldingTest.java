package dev.wheelhouse.ui.logs;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A step's section folds to its header line by click and by keys, and a search into it unfolds it. */
@ExtendWith(ApplicationExtension.class)
class LogLinesFoldingTest {

    // Lines 0-29; sections 2..11 and 15..24.
    private LogLinesView view;

    @Start
    void start(Stage stage) {
        // Made here, not as a field: a control needs the toolkit, which the extension starts.
        view = new LogLinesView(i -> new LogLinesView.Row("line " + i, null, null, false));
        stage.setScene(new Scene(view, 400, 800));
        stage.show();
        view.setCount(30);
        view.setSections(new int[] {2, 15}, new int[] {11, 24});
    }

    @Test
    void clickingAHeaderFoldsItsSectionAndTheLinesBelowMoveUp(FxRobot robot) {
        assertEquals("▾ line 2", onFx(robot, 2));
        robot.clickOn(robot.point(view).atPosition(javafx.geometry.Pos.TOP_LEFT).atOffset(new javafx.geometry.Point2D(20, 2 * LogLinesView.ROW_HEIGHT + 5)));

        assertTrue(onFxFolded(robot, 2));
        assertEquals("▸ line 2", onFx(robot, 2));
        assertNull(onFx(robot, 5), "a folded line has no row");
        assertEquals("line 12", onFx(robot, 12));
    }

    @Test
    void leftFoldsTheSectionOfTheSelectionAndRightUnfoldsIt(FxRobot robot) {
        robot.clickOn(robot.point(view).atPosition(javafx.geometry.Pos.TOP_LEFT).atOffset(new javafx.geometry.Point2D(20, 7 * LogLinesView.ROW_HEIGHT + 5)));
        robot.type(KeyCode.LEFT);
        assertTrue(onFxFolded(robot, 2));
        assertEquals(2, selected(robot), "the header is selected");
        robot.type(KeyCode.RIGHT);
        assertEquals("line 7", onFx(robot, 7));
    }

    @Test
    void scrollingToAFoldedLineUnfoldsItsSection(FxRobot robot) {
        robot.interact(() -> view.foldAll(true));
        assertNull(onFx(robot, 20));
        robot.interact(() -> view.scrollTo(20));
        assertEquals("line 20", onFx(robot, 20));
        assertTrue(onFxFolded(robot, 2), "only the section holding the line unfolds");
    }

    private static String onFx(FxRobot robot, int line) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = ((LogLinesView) robot.lookup(".log-view").query()).shownText(line));
        return out[0];
    }

    private static boolean onFxFolded(FxRobot robot, int line) {
        boolean[] out = new boolean[1];
        robot.interact(() -> out[0] = ((LogLinesView) robot.lookup(".log-view").query()).isFolded(line));
        return out[0];
    }

    private static int selected(FxRobot robot) {
        int[] out = new int[1];
        robot.interact(() -> out[0] = ((LogLinesView) robot.lookup(".log-view").query()).selectedProperty().get());
        return out[0];
    }
}
