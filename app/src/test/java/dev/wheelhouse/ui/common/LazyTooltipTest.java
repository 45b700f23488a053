package dev.wheelhouse.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A tooltip made when first wanted is there, and shows, for the pointer and for the keyboard. */
@ExtendWith(ApplicationExtension.class)
class LazyTooltipTest {

    private final StringProperty budget = new SimpleStringProperty("4,999 requests left");
    private Tooltip given;
    private Button save;
    private Button status;
    private Button kept;
    private Button other;

    @Start
    void start(Stage stage) {
        save = new Button("Save");
        status = new Button("Budget");
        kept = new Button("Kept");
        other = new Button("Other");
        LazyTooltip.install(save, "Save (Ctrl+S)");
        LazyTooltip.install(status, budget);
        given = new Tooltip("given");
        kept.setTooltip(given);
        LazyTooltip.install(kept, "not this one");
        HBox row = new HBox(40, other, save, status, kept);
        stage.setScene(new Scene(row, 500, 100));
        stage.show();
        other.requestFocus();
    }

    @Test
    void noTooltipIsMadeBeforeItIsWanted(FxRobot robot) {
        assertNull(save.getTooltip());
        assertNull(status.getTooltip());
    }

    @Test
    void thePointerOnTheControlMakesTheTooltipAndItShows(FxRobot robot) {
        robot.moveTo(other).moveTo(save);
        await().atMost(Duration.ofSeconds(10)).until(() -> save.getTooltip() != null && save.getTooltip().isShowing());
        assertEquals("Save (Ctrl+S)", save.getTooltip().getText());
        robot.moveTo(other);
    }

    @Test
    void theFocusMakesTheTooltipForTheKeyboardAndScreenReaders(FxRobot robot) {
        robot.interact(status::requestFocus);
        assertEquals("4,999 requests left", status.getTooltip().getText());
    }

    @Test
    void aTooltipMadeFromAStateFollowsIt(FxRobot robot) {
        robot.interact(() -> budget.set("4,998 requests left"));
        robot.interact(status::requestFocus);
        robot.interact(() -> budget.set("4,997 requests left"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4,997 requests left", status.getTooltip().getText());
    }

    @Test
    void aControlThatHasATooltipKeepsIt(FxRobot robot) {
        robot.interact(kept::requestFocus);
        robot.moveTo(kept);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(given, kept.getTooltip());
    }
}
