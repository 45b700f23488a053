package dev.wheelhouse.ui.startup;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs something on the FX thread once the scene's first frame has been painted: background work
 * the first frame does not show, begun while the render thread paints it, only slows it on a
 * machine of two cores (issue 15). The second pulse waits for the first frame's rendering before it
 * syncs; a task posted during that pulse runs after it, so after the first frame is on screen.
 * The second pulse is asked for, so it comes even when nothing changes.
 */
public final class AfterFirstFrame {

    private final Scene scene;
    private final Runnable action;
    private final Runnable listener = this::pulsed;
    private int pulses;

    private AfterFirstFrame(Scene scene, Runnable action) {
        this.scene = scene;
        this.action = action;
    }

    /** Runs {@code action} after {@code scene}'s first frame; call before the scene is shown. */
    public static void run(Scene scene, Runnable action) {
        AfterFirstFrame after = new AfterFirstFrame(scene, action);
        scene.addPostLayoutPulseListener(after.listener);
    }

    private void pulsed() {
        pulses++;
        if (pulses == 1) {
            Platform.requestNextPulse();
        } else {
            scene.removePostLayoutPulseListener(listener);
            Platform.runLater(action);
        }
    }
}
