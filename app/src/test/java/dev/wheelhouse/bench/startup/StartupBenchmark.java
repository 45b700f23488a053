package dev.wheelhouse.bench.startup;

import dev.wheelhouse.ui.startup.StartupTrace;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issue 15's start-up benchmark: an empty JavaFX window (the floor: same JDK and JavaFX, started
 * the default way) and the packaged or installed Wheelhouse, launched in rotation under Xvfb after
 * one warm-up each, both traced by {@link StartupTrace}. Prints each run and the medians: time to
 * the window appearing, to its first painted frame, to the connected state (the floor: its first
 * frame), and resident memory at the window and 2 s later, with the ratios against the targets.
 *
 * <pre>
 * mvn -q -B -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.wheelhouse.bench.startup.StartupBenchmark \
 *     [-Dbench.launcher=/usr/bin/wheelhouse] [-Dbench.rounds=8]
 * </pre>
 * The launcher defaults to the app-image that {@code mvn -B -Ppackage package} builds.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(System.getProperty("bench.launcher",
                "app/target/package/image/wheelhouse/bin/wheelhouse")).toAbsolutePath();
        int rounds = Integer.getInteger("bench.rounds", 8);
        if (!Files.isExecutable(launcher)) {
            System.err.println("No launcher at " + launcher + ": run mvn -B -Ppackage package, or give -Dbench.launcher");
            System.exit(2);
        }
        // JavaFX on the module path, as openjfx.io's getting-started starts an application; the
        // trace reads the frame tracker of a package JavaFX does not export.
        List<String> floor = List.of(Launch.javaBin(),
                "--module-path", Launch.classpathOf(Application.class, SimpleStringProperty.class, Button.class),
                "--add-modules", "javafx.controls",
                "--add-exports", "javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED",
                "-cp", Launch.classpathOf(EmptyWindow.class, StartupTrace.class),
                EmptyWindow.class.getName());
        List<String> app = List.of(launcher.toString());
        Path homes = Files.createTempDirectory("startup-bench");
        Path floorHome = Files.createDirectories(homes.resolve("floor"));
        Path appHome = Files.createDirectories(homes.resolve("app"));
        System.out.printf("start-up benchmark: %s vs the empty window, %d rounds after a warm-up, load %s%n",
                launcher, rounds, Figures.loadAverage());
        List<Launch> floorRuns = new ArrayList<>();
        List<Launch> appRuns = new ArrayList<>();
        int misses = 0;
        try (VirtualDisplay display = VirtualDisplay.start()) {
            Launch.run(floor, floorHome, display.name());
            Launch.run(app, appHome, display.name());
            for (int round = 1; round <= rounds; round++) {
                // Alternate who goes first, so neither always follows the other's exit.
                boolean floorFirst = round % 2 == 1;
                for (int side = 0; side < 2; side++) {
                    boolean isFloor = (side == 0) == floorFirst;
                    Optional<Launch> run = Launch.run(isFloor ? floor : app, isFloor ? floorHome : appHome, display.name());
                    if (run.isEmpty()) {
                        misses++;
                        System.out.printf("round %d %-10s never ready (see %s)%n", round, isFloor ? "floor" : "wheelhouse",
                                (isFloor ? floorHome : appHome).resolve("last-run.log"));
                        continue;
                    }
                    (isFloor ? floorRuns : appRuns).add(run.get());
                    print(round, isFloor ? "floor" : "wheelhouse", run.get());
                }
            }
        }
        report(floorRuns, appRuns, misses);
    }

    private static void print(int round, String side, Launch run) {
        System.out.printf("round %d %-10s shown %5d ms  painted %5d ms  ready %5d ms  rss %4d MB, 2 s later %4d MB%n",
                round, side, run.shownMs(), run.paintedMs(), run.readyMs(), run.shownRssKb() / 1024,
                run.settledRssKb() / 1024);
    }

    private static void report(List<Launch> floor, List<Launch> app, int misses) {
        System.out.printf("medians of %d floor and %d wheelhouse runs (%d never ready), load %s%n",
                floor.size(), app.size(), misses, Figures.loadAverage());
        System.out.println(Figures.ratioLine("window appears", Figures.median(floor, Launch::shownMs),
                Figures.median(app, Launch::shownMs), "ms", 1.25));
        System.out.println(Figures.ratioLine("first painted frame", Figures.median(floor, Launch::paintedMs),
                Figures.median(app, Launch::paintedMs), "ms", 1.25));
        System.out.println(Figures.ratioLine("connected (floor: first frame)", Figures.median(floor, Launch::readyMs),
                Figures.median(app, Launch::readyMs), "ms", 2.0));
        System.out.println(Figures.ratioLine("resident memory at the window", Figures.median(floor, Launch::shownRssKb) / 1024,
                Figures.median(app, Launch::shownRssKb) / 1024, "MB", 1.3));
        System.out.println(Figures.ratioLine("resident memory 2 s later", Figures.median(floor, Launch::settledRssKb) / 1024,
                Figures.median(app, Launch::settledRssKb) / 1024, "MB", 1.6));
    }
}
