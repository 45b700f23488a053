package dev.wheelhouse.bench.startup;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One traced start of a window: the process is launched, its {@code StartupTrace} lines are read
 * until it reports ready and settled, then it is stopped. Times are from just before the launch.
 */
record Launch(long shownMs, long paintedMs, long readyMs, long shownRssKb, long settledRssKb) {

    private static final long TIMEOUT_MS = 90_000;

    /** Starts {@code command} with the trace on; empty when it never got ready. */
    static Optional<Launch> run(List<String> command, Path home, String display) throws IOException, InterruptedException {
        Path trace = Files.createTempFile("startup-trace", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(home.resolve("last-run.log").toFile());
            isolate(builder.environment(), home, display);
            builder.environment().put("WHEELHOUSE_STARTUP_TRACE", trace.toString());
            long start = System.currentTimeMillis();
            Process process = builder.start();
            try {
                Map<String, long[]> events = awaitEvents(trace, process);
                if (!events.containsKey("ready") || !events.containsKey("settled")) {
                    return Optional.empty();
                }
                return Optional.of(new Launch(events.get("shown")[0] - start, events.get("painted")[0] - start,
                        events.get("ready")[0] - start, events.get("shown")[1], events.get("settled")[1]));
            } finally {
                stop(process);
            }
        } finally {
            Files.deleteIfExists(trace);
        }
    }

    /** A home of the benchmark's own, no token (so Wheelhouse connects to its sandbox), one display. */
    static void isolate(Map<String, String> env, Path home, String display) {
        for (String token : List.of("GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN",
                "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            env.remove(token);
        }
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        // The installed launcher takes no JVM options; both sides get the settings root this way.
        env.put("JAVA_TOOL_OPTIONS", "-Djava.util.prefs.userRoot=" + home.resolve(".java"));
        if (display != null) {
            env.put("DISPLAY", display);
        }
    }

    private static Map<String, long[]> awaitEvents(Path trace, Process process) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        Map<String, long[]> events = new HashMap<>();
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            events.clear();
            for (String line : Files.readAllLines(trace)) {
                String[] parts = line.split(" ");
                if (parts.length == 3) {
                    events.put(parts[0], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
                }
            }
            if (events.containsKey("ready") && events.containsKey("settled")) {
                break;
            }
            // Polling a file the child appends to: the benchmark's own thread, not a test wait.
            Thread.sleep(20);
        }
        return events;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String classpathOf(Class<?>... classes) {
        StringBuilder path = new StringBuilder();
        for (Class<?> c : classes) {
            if (path.length() > 0) {
                path.append(File.pathSeparator);
            }
            try {
                path.append(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return path.toString();
    }
}
