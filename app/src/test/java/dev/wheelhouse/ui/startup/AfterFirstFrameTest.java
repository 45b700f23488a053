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
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Work deferred past the first frame runs once, after that frame is out, even if nothing changes. */
@ExtendWith(ApplicationExtension.class)
class AfterFirstFrameTest {

    private final AtomicInteger ran = new AtomicInteger();
    private final AtomicInteger ranBeforeShowing = new AtomicInteger();
    private final AtomicInteger ranBeforeTheFrameWasOut = new AtomicInteger();
    private final AtomicBoolean firstFrameOut = new AtomicBoolean();
    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("first frame");
        Scene scene = new Scene(new StackPane(label), 300, 100);
        // A renderer slow to finish the first frame: a pulse after it does not wait for it.
        RenderedFrames.follow(scene, () -> {
            sleep(300);
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
        assertEquals(0, ranBeforeTheFrameWasOut.get(), "the first frame was still being painted");
        robot.interact(() -> label.setText("a later frame"));
        robot.interact(() -> label.setText("and another"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, ran.get(), "only once");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
