package dev.wheelhouse.bench.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 15's command-line benchmark: `matrix show` on the satkit release workflow, whole process,
 * through the packaged or installed launcher, beside a Java hello world (the floor) and the
 * development jar ({@code java -jar app/target/wheelhouse.jar}), in rotation after two warm-ups each.
 * Target: the launcher's median at most 200 ms. Where dpkg exists it also times {@code dpkg -S} on
 * the launcher: jpackage's Linux launcher runs it twice a start, which is why the image has its own.
 *
 * <pre>
 * mvn -q -B -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.wheelhouse.bench.startup.CliStartupBenchmark \
 *     [-Dbench.launcher=/usr/bin/wheelhouse] [-Dbench.rounds=20]
 * </pre>
 */
public final class CliStartupBenchmark {

    private static final double TARGET_MS = 200;

    private CliStartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(System.getProperty("bench.launcher",
                "app/target/package/image/wheelhouse/bin/wheelhouse")).toAbsolutePath();
        int rounds = Integer.getInteger("bench.rounds", 20);
        String workflow = Path.of("resources/samples/satkit/.github/workflows/release.yml").toAbsolutePath().toString();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java hello world", List.of(Launch.javaBin(), "-cp", Launch.classpathOf(HelloWorld.class),
                HelloWorld.class.getName()));
        commands.put("installed: matrix show", List.of(launcher.toString(), "matrix", "show", workflow));
        Path jar = Path.of("app/target/wheelhouse.jar").toAbsolutePath();
        if (Files.exists(jar)) {
            commands.put("java -jar: matrix show", List.of(Launch.javaBin(), "-jar", jar.toString(), "matrix", "show", workflow));
        }
        if (Files.isExecutable(Path.of("/usr/bin/dpkg"))) {
            // What jpackage's own Linux launcher runs twice before every start, and the shipped
            // shell launcher does not (packaging/package.sh).
            commands.put("dpkg -S on the launcher", List.of("sh", "-c", "dpkg -S '" + launcher + "' >/dev/null 2>&1; true"));
        }
        Path home = Files.createTempDirectory("cli-bench");
        System.out.printf("command-line benchmark: %s, %d rounds after 2 warm-ups, load %s%n", launcher, rounds,
                Figures.loadAverage());
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int warm = 0; warm < 2; warm++) {
            for (List<String> command : commands.values()) {
                ProcessTimer.millis(command, home);
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                times.computeIfAbsent(command.getKey(), k -> new ArrayList<>())
                        .add(ProcessTimer.millis(command.getValue(), home));
            }
        }
        double floor = Figures.median(times.get("java hello world"), Double::doubleValue);
        for (Map.Entry<String, List<Double>> entry : times.entrySet()) {
            List<Double> sorted = entry.getValue().stream().sorted().toList();
            double median = Figures.median(sorted, Double::doubleValue);
            System.out.printf("%-26s median %6.0f ms  min %6.0f  max %6.0f  (%.1fx hello world)%n", entry.getKey(),
                    median, sorted.get(0), sorted.get(sorted.size() - 1), median / floor);
        }
        double installed = Figures.median(times.get("installed: matrix show"), Double::doubleValue);
        System.out.printf("installed matrix show: median %.0f ms, target <= %.0f ms: %s (load %s)%n", installed, TARGET_MS,
                installed <= TARGET_MS ? "met" : "MISSED", Figures.loadAverage());
    }
}
