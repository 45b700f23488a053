package dev.wheelhouse.ui.startup;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs something on the FX thread once the scene's first frame has been rendered: background work
 * the first frame does not show, begun while the render thread paints it, only slows it on a
 * machine of two cores (issue 15). The render thread says when the frame is out
 * ({@link RenderedFrames}); a window that never renders a frame (shown minimised, say) still gets
 * the work after a few seconds.
 */
public final class AfterFirstFrame {

    private static final long LATEST_SECONDS = 3;

    private final Runnable action;
    /** Both ways in post to the FX thread, so a plain flag. */
    private boolean ran;

    private AfterFirstFrame(Runnable action) {
        this.action = action;
    }

    /** Runs {@code action} after {@code scene}'s first frame; call on the FX thread before the scene is shown. */
    public static void run(Scene scene, Runnable action) {
        AfterFirstFrame after = new AfterFirstFrame(action);
        RenderedFrames.follow(scene, () -> {
            Platform.runLater(after::once);
            return false;
        });
        CompletableFuture.delayedExecutor(LATEST_SECONDS, TimeUnit.SECONDS).execute(() -> Platform.runLater(after::once));
    }

    private void once() {
        if (!ran) {
            ran = true;
            action.run();
        }
    }
}
