package dev.wheelhouse.ui.startup;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each follower hears of every frame, on the render thread, until it has had enough; then the scene is let go. */
@ExtendWith(ApplicationExtension.class)
class RenderedFramesTest {

    private final AtomicInteger once = new AtomicInteger();
    private final AtomicInteger thrice = new AtomicInteger();
    private final AtomicInteger offTheFxThread = new AtomicInteger();
    private Label label;
    private Scene scene;

    @Start
    void start(Stage stage) {
        label = new Label("frame");
        scene = new Scene(new StackPane(label), 300, 100);
        RenderedFrames.follow(scene, () -> {
            once.incrementAndGet();
            return false;
        });
        RenderedFrames.follow(scene, () -> {
            if (!Platform.isFxApplicationThread()) {
                offTheFxThread.incrementAndGet();
            }
            return thrice.incrementAndGet() < 3;
        });
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyFrameUntilEnoughThenTheTrackerIsReleased(FxRobot robot) {
        for (int frame = 1; frame <= 5; frame++) {
            String text = "frame " + frame;
            robot.interact(() -> label.setText(text));
            WaitForAsyncUtils.waitForFxEvents();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> thrice.get() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, once.get());
        assertEquals(3, thrice.get(), "not after it said enough");
        assertEquals(3, offTheFxThread.get(), "on the render thread");
        assertTrue(scene.getProperties().isEmpty(), "nobody follows: released");

        AtomicInteger later = new AtomicInteger();
        robot.interact(() -> {
            RenderedFrames.follow(scene, () -> later.incrementAndGet() < 1);
            label.setText("after the release");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> later.get() == 1);
    }
}
