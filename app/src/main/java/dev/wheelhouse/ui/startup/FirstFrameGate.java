package dev.wheelhouse.ui.startup;

import javafx.scene.Scene;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * An executor for the FX thread that holds what it is given until the scene's first frame has
 * been painted ({@link AfterFirstFrame}), then runs it in order; once the frame is out it runs
 * everything at once. For state that comes in while the window is being shown: taken up just
 * before the first frame, it made that frame wait for its layout (issue 15).
 */
public final class FirstFrameGate implements Executor {

    private List<Runnable> held = new ArrayList<>();

    private FirstFrameGate() {
    }

    /** A gate that opens after {@code scene}'s first frame; make it before the scene is shown. */
    public static FirstFrameGate after(Scene scene) {
        FirstFrameGate gate = new FirstFrameGate();
        AfterFirstFrame.run(scene, gate::release);
        return gate;
    }

    /** On the FX thread: runs {@code task} now when the first frame is out, else when it is. */
    @Override
    public void execute(Runnable task) {
        if (held == null) {
            task.run();
        } else {
            held.add(task);
        }
    }

    void release() {
        List<Runnable> waiting = held;
        held = null;
        waiting.forEach(Runnable::run);
    }
}
