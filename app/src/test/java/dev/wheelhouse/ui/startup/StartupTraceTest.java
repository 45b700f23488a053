package dev.wheelhouse.ui.startup;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class StartupTraceTest {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final CountDownLatch painted = new CountDownLatch(1);
    private final CountDownLatch ready = new CountDownLatch(1);
    private Stage stage;

    @AfterEach
    void closeStage() {
        if (stage != null) {
            Platform.runLater(stage::close);
        }
    }

    @Test
    void readyIsTheFirstFramePaintedOnceTheReadyStateHolds() throws Exception {
        SimpleBooleanProperty connected = new SimpleBooleanProperty(false);
        Label status = new Label("Connecting…");
        onFxThread(() -> {
            stage = new Stage();
            stage.setScene(new Scene(status, 300, 100));
            StartupTrace.watch(stage, connected, new PrintStream(watching(), true, StandardCharsets.UTF_8), false);
            stage.show();
        });
        assertTrue(painted.await(20, TimeUnit.SECONDS), "a first frame is painted: " + lines());
        assertFalse(lines().stream().anyMatch(line -> line.startsWith("ready ")), "not ready while connecting");

        onFxThread(() -> {
            connected.set(true);
            status.setText("Connected");
        });
        assertTrue(ready.await(20, TimeUnit.SECONDS), "ready once connected and painted: " + lines());
        List<String> events = lines().stream().map(line -> line.split(" ")[0]).filter(e -> !e.equals("settled")).toList();
        assertEquals(List.of("shown", "painted", "ready"), events);
        long shown = time(lines(), "shown");
        long firstFrame = time(lines(), "painted");
        long connectedFrame = time(lines(), "ready");
        assertTrue(shown <= firstFrame && firstFrame <= connectedFrame, lines().toString());
    }

    @Test
    void theVariableNamesTheFileTheTraceIsAppendedTo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path trace = dir.resolve("trace.txt");
        java.nio.file.Files.writeString(trace, "earlier 1 1\n");
        try (PrintStream out = StartupTrace.target(Map.of(StartupTrace.TRACE_VARIABLE, trace.toString())).orElseThrow()) {
            out.println("shown 2 2");
        }
        assertEquals(List.of("earlier 1 1", "shown 2 2"), java.nio.file.Files.readAllLines(trace));
        assertEquals(System.err, StartupTrace.target(Map.of(StartupTrace.TRACE_VARIABLE, "-")).orElseThrow());
        assertTrue(StartupTrace.target(Map.of()).isEmpty());
        assertTrue(StartupTrace.target(Map.of(StartupTrace.TRACE_VARIABLE, dir.resolve("no/such/dir/t").toString()))
                .isEmpty(), "an unwritable file turns the trace off, it does not stop the app");
    }

    private OutputStream watching() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (StartupTraceTest.this) {
                    written.write(b);
                }
                if (b == '\n') {
                    List<String> lines = lines();
                    String event = lines.get(lines.size() - 1).split(" ")[0];
                    if (event.equals("painted")) {
                        painted.countDown();
                    } else if (event.equals("ready")) {
                        ready.countDown();
                    }
                }
            }
        };
    }

    /** The complete lines written so far. */
    private synchronized List<String> lines() {
        String text = written.toString(StandardCharsets.UTF_8);
        return text.substring(0, text.lastIndexOf('\n') + 1).lines().toList();
    }

    private static long time(List<String> lines, String event) {
        return lines.stream().filter(line -> line.startsWith(event + " ")).findFirst()
                .map(line -> Long.parseLong(line.split(" ")[1])).orElseThrow();
    }

    private static void onFxThread(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        assertTrue(done.await(20, TimeUnit.SECONDS));
    }
}
