package dev.wheelhouse.ui.grid;

import dev.wheelhouse.ui.theme.ThemeSwitcher;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class MatrixGridTest {

    private final List<String> activated = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    private MatrixGrid grid;

    @Start
    void start(Stage stage) {
        grid = new MatrixGrid();
        grid.setCellFactory((r, c) -> new Label(r + "," + c));
        grid.setOnActivate((r, c) -> activated.add(r + "," + c));
        grid.setOnAddValue(added::add);
        grid.show(new GridAxis("os", List.of("macos-latest", "ubuntu-latest"), true),
                new GridAxis("python", List.of("cp310", "cp311", "cp312"), true));
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene((javafx.scene.Parent) grid.view(), 800, 400);
        scene.getStylesheets().add(ThemeSwitcher.APP_STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void clickingACellActivatesThatCombination(FxRobot robot) {
        robot.clickOn("#cell-1-2");
        assertEquals(List.of("1,2"), activated);
        assertEquals(new MatrixGrid.Position(1, 2), grid.focusedProperty().get());
    }

    @Test
    void arrowKeysMoveTheFocusAndSpaceActivates(FxRobot robot) {
        robot.clickOn("#cell-0-0");
        activated.clear();
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.DOWN);
        assertEquals(new MatrixGrid.Position(1, 2), grid.focusedProperty().get());
        robot.type(KeyCode.SPACE);
        assertEquals(List.of("1,2"), activated);
    }

    @Test
    void arrowsStopAtTheEdgeOfTheGrid(FxRobot robot) {
        robot.clickOn("#cell-0-0");
        robot.type(KeyCode.UP, KeyCode.LEFT);
        assertEquals(new MatrixGrid.Position(0, 0), grid.focusedProperty().get());
    }

    @Test
    void headerAddButtonsNameTheirAxis(FxRobot robot) {
        robot.clickOn("#add-column-value");
        robot.clickOn("#add-row-value");
        assertEquals(List.of("python", "os"), added);
    }

    @Test
    void focusArrivingByTabIsWhereSpaceAndTheArrowsAct(FxRobot robot) {
        // Tab (or any focus the grid did not give itself) lands on a cell: no click, no arrow yet.
        robot.interact(() -> grid.cellAt(0, 1).requestFocus());

        robot.type(KeyCode.SPACE);
        assertEquals(List.of("0,1"), activated, "space acts on the focused cell");
        robot.type(KeyCode.RIGHT);
        assertEquals(new MatrixGrid.Position(0, 2), grid.focusedProperty().get(), "right moves right");
        robot.type(KeyCode.LEFT, KeyCode.LEFT);
        assertEquals(new MatrixGrid.Position(0, 0), grid.focusedProperty().get());
    }

    @Test
    void theFocusedCellAndTheSelectedCellLookDifferent(FxRobot robot) {
        robot.interact(() -> {
            grid.mark(new MatrixGrid.Position(0, 0));
            grid.cellAt(1, 2).requestFocus();
        });
        robot.interact(() -> grid.view().applyCss());

        Region selected = (Region) grid.cellAt(0, 0);
        Region focusedCell = (Region) grid.cellAt(1, 2);
        Region plain = (Region) grid.cellAt(1, 0);
        assertTrue(focusedCell.isFocused());
        assertNotEquals(plain.getBorder(), selected.getBorder());
        assertNotEquals(plain.getBorder(), focusedCell.getBorder());
        assertNotEquals(selected.getBorder(), focusedCell.getBorder(), "focus and selection are told apart");
        assertNotEquals(selected.getBackground(), focusedCell.getBackground());
    }

    @Test
    void everyCellAndHeaderButtonIsReachableByKeyboardAndNamed(FxRobot robot) {
        Node cell = grid.cellAt(1, 2);
        assertTrue(cell.isFocusTraversable());
        assertEquals("os ubuntu-latest, python cp312: 1,2", cell.getAccessibleText());
        Node add = robot.lookup("#add-column-value").query();
        assertTrue(add.isFocusTraversable(), "the header's + can be reached with Tab");
        assertEquals("Add a value to python", add.getAccessibleText());
    }
}
