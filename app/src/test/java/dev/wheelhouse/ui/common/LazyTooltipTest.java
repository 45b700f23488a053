package dev.wheelhouse.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
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

/** A tooltip made when the pointer first wants it shows; the keyboard's focus makes none, screen readers have its text. */
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
    void theFocusMakesNoTooltipAndScreenReadersHaveTheTextAsHelp(FxRobot robot) throws Exception {
        robot.interact(status::requestFocus);
        assertNull(status.getTooltip());
        assertEquals("4,999 requests left", help(status));
        assertEquals("Save (Ctrl+S)", help(save));
    }

    @Test
    void theHelpAndATooltipMadeFromAStateFollowIt(FxRobot robot) throws Exception {
        robot.interact(() -> budget.set("4,998 requests left"));
        assertEquals("4,998 requests left", help(status));
        robot.moveTo(other).moveTo(status);
        await().atMost(Duration.ofSeconds(10)).until(() -> status.getTooltip() != null);
        robot.interact(() -> budget.set("4,997 requests left"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4,997 requests left", status.getTooltip().getText());
        assertEquals("4,997 requests left", help(status));
        robot.moveTo(other);
    }

    @Test
    void aControlThatHasATooltipKeepsIt(FxRobot robot) throws Exception {
        robot.interact(kept::requestFocus);
        robot.moveTo(kept);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(given, kept.getTooltip());
        assertEquals("given", help(kept));
    }

    /** What a screen reader is told as the control's help, asked on the FX thread as one asks. */
    private static Object help(Control control) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> control.queryAccessibleAttribute(AccessibleAttribute.HELP)).get();
    }
}
