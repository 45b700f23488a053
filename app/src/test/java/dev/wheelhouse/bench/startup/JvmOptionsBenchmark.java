package dev.wheelhouse.bench.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why the launcher has each of its JVM options: the app-image's own runtime and jar, started with
 * the shipped options added one at a time, in rotation: `matrix show` on satkit (whole process)
 * and the window (time to its first frame and to connected, resident memory when it appeared and
 * 2 s later, under Xvfb).
 *
 * <pre>
 * mvn -q -B -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.wheelhouse.bench.startup.JvmOptionsBenchmark \
 *     [-Dbench.image=app/target/package/image/wheelhouse] [-Dbench.rounds=6]
 * </pre>
 */
public final class JvmOptionsBenchmark {

    private static final List<String> UNDER_TEST = List.of("-XX:SharedArchiveFile", "-Xshare", "-XX:TieredStopAtLevel",
            "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode", "-XX:-BytecodeVerificationRemote", "-Xms", "-Xmn");

    private JvmOptionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(System.getProperty("bench.image", "app/target/package/image/wheelhouse")).toAbsolutePath();
        int rounds = Integer.getInteger("bench.rounds", 6);
        Path appDir = image.resolve("lib/app");
        LauncherConfig config = LauncherConfig.read(appDir.resolve("wheelhouse.cfg"), appDir);
        String archive = "-XX:SharedArchiveFile=" + appDir.resolve("wheelhouse.jsa");
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("no CDS archive", List.of("-Xshare:off"));
        variants.put("+ CDS archive", List.of(archive));
        variants.put("+ C1 only", List.of(archive, "-XX:TieredStopAtLevel=1"));
        variants.put("+ serial GC", List.of(archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        variants.put("+ no perf data", List.of(archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData"));
        variants.put("+ archive unmoved", List.of(archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0"));
        variants.put("+ generated classes unverified", List.of(archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                "-XX:-BytecodeVerificationRemote"));
        variants.put("+ 64 MB initial heap (commands)", List.of(archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-XX:-BytecodeVerificationRemote", "-Xms64m"));
        variants.put("or 96 MB young gen. (window)", List.of(archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-XX:-BytecodeVerificationRemote", "-Xmn96m"));
        List<String> others = config.javaOptions().stream()
                .filter(option -> UNDER_TEST.stream().noneMatch(option::startsWith)).toList();
        String workflow = Path.of("resources/samples/satkit/.github/workflows/release.yml").toAbsolutePath().toString();
        Path java = image.resolve("lib/runtime/bin/java");
        Path home = Files.createTempDirectory("options-bench");
        System.out.printf("JVM options: %s, %d rounds, load %s%n", image, rounds, Figures.loadAverage());

        Map<String, List<Double>> cli = new LinkedHashMap<>();
        Map<String, List<Launch>> window = new LinkedHashMap<>();
        try (VirtualDisplay display = VirtualDisplay.start()) {
            for (int round = 0; round <= rounds; round++) {
                for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
                    List<String> jvm = new ArrayList<>();
                    jvm.add(java.toString());
                    jvm.addAll(others);
                    jvm.addAll(variant.getValue());
                    jvm.addAll(List.of("-cp", config.classpath(), config.mainClass()));
                    List<String> show = new ArrayList<>(jvm);
                    show.addAll(List.of("matrix", "show", workflow));
                    double millis = ProcessTimer.millis(show, home);
                    Optional<Launch> launch = Launch.run(jvm, Files.createDirectories(home.resolve("window")), display.name());
                    if (round == 0) {
                        continue; // warm-up
                    }
                    cli.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(millis);
                    launch.ifPresent(l -> window.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(l));
                }
            }
        }
        System.out.printf("%-31s %16s %18s %18s %16s %16s%n", "options", "matrix show", "first frame",
                "window connected", "rss at window", "rss 2 s later");
        for (String name : variants.keySet()) {
            List<Launch> runs = window.getOrDefault(name, List.of());
            System.out.printf("%-31s %13.0f ms %15.0f ms %15.0f ms %13.0f MB %13.0f MB   (%d window runs)%n", name,
                    Figures.median(cli.get(name), Double::doubleValue), Figures.median(runs, Launch::paintedMs),
                    Figures.median(runs, Launch::readyMs),
                    Figures.median(runs, Launch::shownRssKb) / 1024, Figures.median(runs, Launch::settledRssKb) / 1024,
                    runs.size());
        }
        System.out.println("load at the end " + Figures.loadAverage());
    }
}
