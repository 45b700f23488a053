package dev.wheelhouse.ui.startup;

import javafx.animation.AnimationTimer;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Work deferred past the first frame runs once, after that frame is out, even if nothing changes. */
@ExtendWith(ApplicationExtension.class)
class AfterFirstFrameTest {

    private final AtomicInteger ran = new AtomicInteger();
    private final AtomicInteger ranBeforeShowing = new AtomicInteger();
    private final AtomicInteger ranBeforeTheFrameWasOut = new AtomicInteger();
    private final AtomicBoolean firstFrameOut = new AtomicBoolean();
    private final AtomicBoolean heldUntilPulsed = new AtomicBoolean();
    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("first frame");
        Scene scene = new Scene(new StackPane(label), 300, 100);
        // A renderer that holds the first frame until the FX thread has pulsed three times more:
        // a gate that does not wait for the frame (a pulse with nothing to draw does not) opens
        // meanwhile. The ticks end the hold, not a length of time.
        CountDownLatch pulsesWhileHeld = new CountDownLatch(3);
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulsesWhileHeld.countDown();
            }
        };
        RenderedFrames.follow(scene, () -> {
            Platform.runLater(pulses::start);
            try {
                heldUntilPulsed.set(pulsesWhileHeld.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(pulses::stop);
            firstFrameOut.set(true);
            return false;
        });
        AfterFirstFrame.run(scene, () -> {
            if (!stage.isShowing()) {
                ranBeforeShowing.incrementAndGet();
            }
            if (!firstFrameOut.get()) {
                ranBeforeTheFrameWasOut.incrementAndGet();
            }
            ran.incrementAndGet();
        });
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void itRunsOnceAfterTheFirstFrameWithNothingChanging(FxRobot robot) {
        await().atMost(Duration.ofSeconds(10)).until(() -> ran.get() == 1);
        assertEquals(0, ranBeforeShowing.get());
        assertTrue(heldUntilPulsed.get(), "the FX thread pulsed while the first frame was held");
        assertEquals(0, ranBeforeTheFrameWasOut.get(), "the first frame was still being painted");
        robot.interact(() -> label.setText("a later frame"));
        robot.interact(() -> label.setText("and another"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, ran.get(), "only once");
    }
}
