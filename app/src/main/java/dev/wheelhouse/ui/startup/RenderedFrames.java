package dev.wheelhouse.ui.startup;

import com.sun.javafx.perf.PerformanceTracker;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The frames a scene has rendered, as its render thread reports them. JavaFX has no public event
 * for a frame that is out: its pulses run ahead of the render thread, and a pulse with nothing to
 * draw does not wait for the frame before it, so "two pulses later" can still be in the middle of
 * painting the first frame. The scene's performance tracker is called by the render thread after
 * each frame; this shares it among whoever follows, and releases it once nobody does.
 */
public final class RenderedFrames {

    private static final Object KEY = RenderedFrames.class;

    private final Scene scene;
    private final List<BooleanSupplier> followers = new CopyOnWriteArrayList<>();

    private RenderedFrames(Scene scene) {
        this.scene = scene;
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::rendered);
    }

    /**
     * On the FX thread: after each frame of {@code scene} rendered from now on, calls
     * {@code follower} on the render thread (keep it short) for as long as it returns true.
     */
    public static void follow(Scene scene, BooleanSupplier follower) {
        RenderedFrames frames = (RenderedFrames) scene.getProperties().computeIfAbsent(KEY, key -> new RenderedFrames(scene));
        frames.followers.add(follower);
    }

    private void rendered() {
        for (BooleanSupplier follower : followers) {
            if (!follower.getAsBoolean()) {
                followers.remove(follower);
            }
        }
        if (followers.isEmpty()) {
            Platform.runLater(this::releaseIfUnfollowed);
        }
    }

    /** On the FX thread, where followers are added: one may have come since the render thread looked. */
    private void releaseIfUnfollowed() {
        if (followers.isEmpty() && scene.getProperties().get(KEY) == this) {
            scene.getProperties().remove(KEY);
            PerformanceTracker.releaseSceneTracker(scene);
        }
    }
}
