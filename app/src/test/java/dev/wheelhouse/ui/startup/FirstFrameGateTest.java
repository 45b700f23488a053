package dev.wheelhouse.ui.startup;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the gate is given before the first frame waits for it, in order; afterwards it runs at once. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameGateTest {

    private final List<String> ran = new CopyOnWriteArrayList<>();
    private FirstFrameGate gate;

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("first frame")), 300, 100);
        gate = FirstFrameGate.after(scene);
        gate.execute(() -> ran.add("first" + (stage.isShowing() ? "" : " before showing")));
        gate.execute(() -> ran.add("second"));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void heldUntilTheFirstFrameThenInOrderThenAtOnce(FxRobot robot) {
        await().atMost(Duration.ofSeconds(10)).until(() -> ran.size() == 2);
        assertEquals(List.of("first", "second"), ran);

        robot.interact(() -> {
            gate.execute(() -> ran.add("later"));
            assertEquals(List.of("first", "second", "later"), ran, "once open, run in the caller's turn");
        });
    }
}
