package dev.wheelhouse.bench;

import dev.wheelhouse.ui.logs.LogRequest;
import dev.wheelhouse.ui.logs.LogViewModel;
import dev.wheelhouse.ui.logs.LogLinesView;
import dev.wheelhouse.ui.logs.LogViewer;
import dev.wheelhouse.ui.task.FxTaskExecutor;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The log viewer on a big log (issue 13): a 200 MiB GitHub-style job log (stamps, CRLF, colours,
 * sccache blocks, failure lines, long lines) opened in the viewer as the app opens it (streamed
 * into the file-backed index on a background thread), timed to the first painted line; then,
 * once loaded, scrolled from top to bottom in 600 frames and page by page through 600 pages,
 * with the time between FX pulses (the frame time) per frame. Targets: first lines within 1 s,
 * frame time p99 under 50 ms.
 *
 * <pre>
 * xvfb-run -a mvn -q -B -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.wheelhouse.bench.LogViewerBenchmark [-Dbench.mb=200]
 * </pre>
 * Without a display: add {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}.
 */
public final class LogViewerBenchmark {

    private static final double MIB = 1024.0 * 1024.0;
    /** CPU time of the FX thread: what a frame costs, whatever else the machine is doing. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private LogViewerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long megabytes = Long.getLong("bench.mb", 200);
        Path dir = Files.createTempDirectory("wheelhouse-viewer");
        Path log = dir.resolve("job.log");
        try {
            new SyntheticJobLog(true).write(log, megabytes * 1024 * 1024, 1024 * 1024);
            System.out.printf(Locale.ROOT, "job log: %.0f MiB; load average %s%n", Files.size(log) / MIB,
                    Files.readString(Path.of("/proc/loadavg")).strip());
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            run(log);
        } finally {
            Files.deleteIfExists(log);
            Files.deleteIfExists(dir);
            Platform.exit();
        }
    }

    private static void run(Path log) throws Exception {
        LogViewModel model = new LogViewModel(new FxTaskExecutor(), new LogRequest("benchmark job", null, 0,
                () -> Files.newInputStream(log)));
        CompletableFuture<LogLinesView> shown = new CompletableFuture<>();
        long[] opened = new long[1];
        CompletableFuture<Long> firstPaint = new CompletableFuture<>();
        Platform.runLater(() -> {
            LogViewer viewer = new LogViewer(model, url -> { });
            Stage stage = new Stage();
            stage.setScene(new Scene(viewer.view(), 1000, 640));
            stage.show();
            LogLinesView list = (LogLinesView) viewer.view().lookup("#log-lines");
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    for (Node n : list.lookupAll(".log-row")) {
                        if (n instanceof javafx.scene.control.Label c && n.isVisible() && c.getText() != null
                                && !c.getText().isEmpty()) {
                            firstPaint.complete(System.nanoTime() - opened[0]);
                            stop();
                            return;
                        }
                    }
                }
            }.start();
            opened[0] = System.nanoTime();
            model.open();
            shown.complete(list);
        });
        LogLinesView list = shown.get(30, TimeUnit.SECONDS);
        long paint = firstPaint.get(60, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "first lines painted %.0f ms after opening (target <= 1000 ms)%n", paint / 1e6);
        long t0 = System.nanoTime();
        while (!model.statusProperty().get().endsWith("lines") || model.lineCountProperty().get() == 0) {
            if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(5)) {
                throw new IllegalStateException("the log did not finish loading: " + model.statusProperty().get());
            }
            Thread.sleep(50);
        }
        System.out.printf(Locale.ROOT, "loaded %,d lines in %.1f s%n", model.lineCountProperty().get(),
                (System.nanoTime() - opened[0]) / 1e9);
        int lines = model.lineCountProperty().get();
        report("scrolling top to bottom in 600 jumps, frame time", scroll(list, lines / 600));
        report("scrolling 600 pages from the middle, frame time", scroll(list, 30, lines / 2, 600));
    }

    private static List<Double> scroll(LogLinesView list, int step) throws Exception {
        return scroll(list, step, 0, 600);
    }

    /** Scrolls {@code frames} times by {@code step} rows from {@code from}, one scroll per pulse; the pulse intervals. */
    private static List<Double> scroll(LogLinesView list, int step, int from, int frames) throws Exception {
        CompletableFuture<List<Double>> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private long last = -1;
            private long lastCpu;
            private int frame;
            private final List<Double> times = new ArrayList<>();
            private final List<Double> cpu = new ArrayList<>();

            @Override
            public void handle(long now) {
                long cpuNow = CPU.getCurrentThreadCpuTime();
                if (last >= 0) {
                    times.add((now - last) / 1e6);
                    cpu.add((cpuNow - lastCpu) / 1e6);
                }
                last = now;
                lastCpu = cpuNow;
                if (frame == frames) {
                    stop();
                    report("  FX thread CPU per frame", cpu);
                    done.complete(times);
                    return;
                }
                list.scrollTo(from + frame++ * step);
            }
        }.start());
        return done.get(10, TimeUnit.MINUTES);
    }

    private static void report(String what, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2);
        double p99 = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1));
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, p99 %.1f ms, max %.1f ms"
                + " (target p99 < 50 ms)%n", what, p50, p99, sorted.get(sorted.size() - 1));
    }
}
