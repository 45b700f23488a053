package dev.wheelhouse.ui.connection;

import dev.wheelhouse.github.RateLimitState;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status bar's budget: words from the start, a bar only once GitHub has stated a budget. */
@ExtendWith(ApplicationExtension.class)
class BudgetMeterTest {

    private final SimpleObjectProperty<RateLimitState> rateLimit = new SimpleObjectProperty<>(RateLimitState.UNKNOWN);
    private HBox meter;

    @Start
    void start(Stage stage) {
        meter = ConnectionStatusBar.budgetMeter(rateLimit);
        stage.setScene(new Scene(meter, 400, 40));
        stage.show();
    }

    @Test
    void noBarUntilABudgetIsKnownThenItsShareAndLowBelowATenth(FxRobot robot) {
        assertEquals(1, meter.getChildren().size(), "no bar for an unknown budget");
        assertEquals("API budget unknown", ((Label) meter.getChildren().get(0)).getText());

        robot.interact(() -> rateLimit.set(new RateLimitState(5000, 4000, 1000, Instant.parse("2026-12-07T19:47:00Z"), "core")));
        ProgressBar bar = assertInstanceOf(ProgressBar.class, meter.getChildren().get(0), "the bar comes first");
        assertEquals(0.8, bar.getProgress(), 1e-9);
        assertFalse(bar.getStyleClass().contains("low"));
        assertTrue(((Label) meter.getChildren().get(1)).getText().startsWith("4000/5000 requests"));

        robot.interact(() -> rateLimit.set(new RateLimitState(5000, 400, 4600, Instant.parse("2026-12-07T19:47:00Z"), "core")));
        assertEquals(0.08, bar.getProgress(), 1e-9);
        assertTrue(bar.getStyleClass().contains("low"));
        robot.interact(() -> rateLimit.set(new RateLimitState(5000, 4999, 1, Instant.parse("2026-12-07T20:47:00Z"), "core")));
        assertFalse(bar.getStyleClass().contains("low"));
        assertEquals(2, meter.getChildren().size(), "one bar, made once");
    }
}
