package dev.wheelhouse.ui.startup;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes one line per start-up moment, {@code <event> <epoch ms> <resident kB>}: {@code shown} (the
 * stage is on screen), {@code painted} (its first frame was rendered), {@code ready} (the first
 * frame rendered once the ready state holds: for Wheelhouse, connected), and {@code settled} (2 s
 * after shown, for the memory figure). The benchmark launches the app and an empty JavaFX window,
 * both traced by this class, and subtracts its own launch time.
 *
 * <p>Switched on by environment variables, not system properties: the installed launcher passes
 * no JVM options through. {@code WHEELHOUSE_STARTUP_TRACE} names the file to append to ({@code -}
 * for stderr); {@code WHEELHOUSE_STARTUP_EXIT=1} quits the app once settled (the packaging's
 * class-data training run).
 */
public final class StartupTrace {

    public static final String TRACE_VARIABLE = "WHEELHOUSE_STARTUP_TRACE";
    public static final String EXIT_VARIABLE = "WHEELHOUSE_STARTUP_EXIT";
    private static final long SETTLE_MILLIS = 2000;

    private final PrintStream out;
    private final boolean exitWhenSettled;
    private final AtomicBoolean readyWritten = new AtomicBoolean();
    private volatile boolean readyHolds;
    private volatile boolean painted;
    private volatile boolean settled;

    private StartupTrace(PrintStream out, boolean exitWhenSettled) {
        this.out = out;
        this.exitWhenSettled = exitWhenSettled;
    }

    /**
     * Traces {@code stage} when the environment asks for it; call before the stage is shown.
     * {@code ready} is the state the window works towards ({@code null}: the first frame is ready).
     */
    public static void watch(Stage stage, ObservableValue<?> ready) {
        watch(stage, ready, System.getenv());
    }

    static void watch(Stage stage, ObservableValue<?> ready, Map<String, String> env) {
        target(env).ifPresent(out -> watch(stage, ready, out, "1".equals(env.get(EXIT_VARIABLE))));
    }

    /** Where the environment asks the trace to go: the named file, appended to, or stderr for "-". */
    static Optional<PrintStream> target(Map<String, String> env) {
        String target = env.get(TRACE_VARIABLE);
        if (target == null || target.isBlank()) {
            return Optional.empty();
        }
        if (target.equals("-")) {
            return Optional.of(System.err);
        }
        try {
            return Optional.of(new PrintStream(Files.newOutputStream(Path.of(target), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND), true, StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("Start-up trace off: cannot write " + target + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    static void watch(Stage stage, ObservableValue<?> ready, PrintStream out, boolean exitWhenSettled) {
        new StartupTrace(out, exitWhenSettled).follow(stage, ready);
    }

    private void follow(Stage stage, ObservableValue<?> ready) {
        stage.showingProperty().addListener((obs, was, showing) -> {
            if (showing && stage.getScene() != null) {
                shown(stage.getScene());
            }
        });
        if (ready == null) {
            readyHolds = true;
        } else {
            ready.addListener((obs, old, value) -> readyHolds = holds(value));
            readyHolds = holds(ready.getValue());
        }
    }

    private static boolean holds(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    private void shown(Scene scene) {
        write("shown");
        // Called on the render thread after each frame reached the screen.
        RenderedFrames.follow(scene, this::frameRendered);
        Thread settle = new Thread(() -> {
            try {
                Thread.sleep(SETTLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            write("settled");
            settled = true;
            exitIfDone();
        }, "startup-trace");
        settle.setDaemon(true);
        settle.start();
    }

    /** On the render thread; true while there is a moment left to write. */
    private boolean frameRendered() {
        if (!painted) {
            painted = true;
            write("painted");
        }
        if (readyHolds && readyWritten.compareAndSet(false, true)) {
            write("ready");
            exitIfDone();
        }
        return !readyWritten.get();
    }

    private void exitIfDone() {
        if (exitWhenSettled && settled && readyWritten.get()) {
            Platform.runLater(Platform::exit);
        }
    }

    private synchronized void write(String event) {
        out.println(event + " " + System.currentTimeMillis() + " " + ResidentMemory.kilobytes());
    }
}
