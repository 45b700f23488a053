package dev.wheelhouse.ui.grid;

import javafx.scene.Scene;
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
        stage.setScene(new Scene((javafx.scene.Parent) grid.view(), 800, 400));
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
}
