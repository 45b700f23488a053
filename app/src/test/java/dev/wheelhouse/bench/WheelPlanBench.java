package dev.wheelhouse.bench;

import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.cibw.RenderedJob;
import dev.wheelhouse.cibw.RenderedStep;
import dev.wheelhouse.cibw.WheelPlan;
import dev.wheelhouse.cibw.WheelPlanner;
import dev.wheelhouse.testing.Samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How long re-planning the wheels of satkit's 20-job matrix takes: the matrix editor does it after
 * every grid edit, so it should fit well inside one frame (16 ms). Prints the median and the 95th
 * percentile of whole-matrix re-plans, with and without the pyproject.toml at hand.
 *
 * <p>Run: {@code mvn -q -B -pl app test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.wheelhouse.bench.WheelPlanBench}
 */
public final class WheelPlanBench {

    private static final int WARMUP = 2000;
    private static final int ROUNDS = 1000;
    private static final double FRAME_MS = 16.0;

    private WheelPlanBench() {
    }

    public static void main(String[] args) throws IOException {
        String pyproject = Files.readString(Samples.workflow("ssmichael1__satkit__pyproject.toml"), StandardCharsets.UTF_8);
        List<RenderedJob> jobs = satkitMatrix();
        WheelPlanner withProject = new WheelPlanner(ProjectFiles.of(Map.of("pyproject.toml", pyproject)));
        WheelPlanner withoutProject = new WheelPlanner(ProjectFiles.none());
        // Warm both paths before timing either, so JIT compilation lands in neither measurement.
        for (int i = 0; i < WARMUP; i++) {
            planAll(withProject, jobs);
            planAll(withoutProject, jobs);
        }
        report("satkit, 20 jobs, pyproject.toml at hand", withProject, jobs);
        report("satkit, 20 jobs, no pyproject.toml", withoutProject, jobs);
    }

    private static void report(String label, WheelPlanner planner, List<RenderedJob> jobs) {
        int wheels = planAll(planner, jobs);
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            planAll(planner, jobs);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[ROUNDS / 2];
        double p95 = millis[(int) (ROUNDS * 0.95)];
        System.out.printf("%s: %d wheels; whole-matrix re-plan median %.3f ms, p95 %.3f ms;"
                        + " p95 is %.1f%% of a 16 ms frame%n", label, wheels, median, p95, 100 * p95 / FRAME_MS);
    }

    private static int planAll(WheelPlanner planner, List<RenderedJob> jobs) {
        int wheels = 0;
        for (RenderedJob job : jobs) {
            WheelPlan plan = planner.plan(job);
            wheels += plan.wheels().size();
        }
        return wheels;
    }

    /** satkit's build_wheels job, rendered for its 4 × 5 combinations as the workflow package would. */
    private static List<RenderedJob> satkitMatrix() {
        List<RenderedJob> jobs = new ArrayList<>();
        for (String os : List.of("macos-latest", "ubuntu-latest", "windows-latest", "ubuntu-24.04-arm")) {
            for (String python : List.of("cp310", "cp311", "cp312", "cp313", "cp314")) {
                RenderedStep build = RenderedStep.action(4, "pypa/cibuildwheel@v3.2.0",
                        Map.of("package-dir", ".", "output-dir", "wheelhouse", "config-file", "{package}/pyproject.toml"),
                        Map.of()).named("Build wheels");
                Map<String, String> env = Map.of("RUSTC_WRAPPER", "sccache", "SCCACHE_GHA_ENABLED", "true",
                        "CARGO_INCREMENTAL", "0", "CIBW_BUILD", python + "-*");
                jobs.add(new RenderedJob("build_wheels", "build wheels (" + os + " " + python + ")", List.of(os), env,
                        List.of(build)));
            }
        }
        return jobs;
    }
}
