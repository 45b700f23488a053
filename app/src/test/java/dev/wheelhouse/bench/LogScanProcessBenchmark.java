package dev.wheelhouse.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log scans as a user runs them, whole process: {@code wheelhouse stats LOG} and
 * {@code wheelhouse why LOG} ({@code java -Xmx64m -jar wheelhouse.jar}, JVM start included) on a
 * 1 GiB GitHub-style job log (a timestamp on every line, CRLF, ANSI colours, sccache blocks and the
 * failure samples' lines scattered through it, one minified 20-200 KB line in a thousand), each
 * beside {@code grep -c} on the same file in the same run, rounds interleaved. Peak resident
 * memory comes from GNU time. Targets (issues 13 and 15): at least half of grep's throughput, RSS
 * at most 150 MB, heap at most 64 MB (the commands run under {@code -Xmx64m}: a run that needed
 * more would fail, and is reported).
 *
 * <pre>
 * mvn -q -B -pl app package -DskipTests
 * mvn -q -B -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.wheelhouse.bench.LogScanProcessBenchmark [-Dbench.mb=1024] [-Dbench.rounds=3]
 * </pre>
 * {@code -Dbench.file=PATH} reads that log (writing it first, and keeping it, when there is none);
 * {@code -Dbench.jar=PATH} times another jar. When the packaged app exists
 * ({@code mvn -B -Ppackage package}; or {@code -Dbench.launcher=PATH}, e.g. {@code /usr/bin/wheelhouse}),
 * its launcher is timed too, as the installed command a user runs, with {@code JAVA_TOOL_OPTIONS=-Xmx64m}.
 */
public final class LogScanProcessBenchmark {

    private static final double MIB = 1024.0 * 1024.0;
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    /** One timed command: how long, its peak RSS, its exit status and the first line it printed. */
    private record Timed(double seconds, long rssKb, int exit, String firstLine) {
    }

    /** What is compared: a scan (by {@code how}) and the grep beside it. */
    private record Pair(String name, String how, List<String> scan, List<String> grep) {
    }

    private LogScanProcessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long megabytes = Long.getLong("bench.mb", 1024);
        int rounds = Integer.getInteger("bench.rounds", 3);
        Path jar = jar();
        String given = System.getProperty("bench.file");
        Path dir = given == null ? Files.createTempDirectory("wheelhouse-scan") : null;
        Path log = given == null ? dir.resolve("job.log") : Path.of(given);
        try {
            if (!Files.exists(log)) {
                long t0 = System.nanoTime();
                SyntheticJobLog generator = new SyntheticJobLog(true);
                generator.write(log, megabytes * 1024 * 1024, 1024 * 1024);
                System.out.printf(Locale.ROOT, "job log: %.0f MiB, %d sccache blocks, %d failure excerpts, in %.1f s%n",
                        Files.size(log) / MIB, generator.blocksWritten(), generator.failuresWritten(),
                        (System.nanoTime() - t0) / 1e9);
            }
            System.out.println("load average at start: " + Files.readString(Path.of("/proc/loadavg")).strip());
            double size = Files.size(log) / MIB;
            List<String> java = List.of("java", "-Xmx64m", "-jar", jar.toString());
            List<String> statsGrep = List.of("grep", "-c", "Cache hits", log.toString());
            List<String> whyGrep = List.of("grep", "-c", "error", log.toString());
            List<Pair> pairs = new ArrayList<>(List.of(
                    new Pair("stats", "java -jar", concat(java, "stats", log.toString()), statsGrep),
                    new Pair("why", "java -jar", concat(java, "why", log.toString(), "--json"), whyGrep)));
            Path launcher = launcher();
            if (launcher != null) {
                List<String> installed = List.of("env", "JAVA_TOOL_OPTIONS=-Xmx64m", launcher.toString());
                pairs.add(new Pair("stats", "launcher", concat(installed, "stats", log.toString()), statsGrep));
                pairs.add(new Pair("why", "launcher", concat(installed, "why", log.toString(), "--json"), whyGrep));
            }
            for (Pair pair : pairs) {
                Timed bestScan = null;
                Timed bestGrep = null;
                for (int round = 1; round <= rounds; round++) {
                    Timed g = run(pair.grep());
                    Timed s = run(pair.scan());
                    System.out.printf(Locale.ROOT, "%s (%s) round %d: grep -c %.2f s (%.0f MiB/s), wheelhouse %s %.2f s"
                                    + " (%.0f MiB/s), max RSS %.0f MB, exit %d%n", pair.name(), pair.how(), round, g.seconds(),
                            size / g.seconds(), pair.name(), s.seconds(), size / s.seconds(), s.rssKb() / 1024.0, s.exit());
                    bestGrep = bestGrep == null || g.seconds() < bestGrep.seconds() ? g : bestGrep;
                    bestScan = bestScan == null || s.seconds() < bestScan.seconds() ? s : bestScan;
                }
                System.out.printf(Locale.ROOT, "%s (%s), best of %d, whole process: grep %.0f MiB/s, wheelhouse %.0f MiB/s,"
                                + " ratio %.3f (target >= 0.50: %s); max RSS %.0f MB (target <= 150); heap limit 64 MB %s;"
                                + " grep printed %s, wheelhouse began: %s%n",
                        pair.name(), pair.how(), rounds, size / bestGrep.seconds(), size / bestScan.seconds(),
                        bestGrep.seconds() / bestScan.seconds(),
                        bestGrep.seconds() / bestScan.seconds() >= 0.5 ? "met" : "MISSED", bestScan.rssKb() / 1024.0,
                        bestScan.exit() == 0 ? "held" : "NOT held (exit " + bestScan.exit() + ")", bestGrep.firstLine(),
                        shorten(bestScan.firstLine()));
            }
        } finally {
            if (given == null) {
                Files.deleteIfExists(log);
                Files.deleteIfExists(dir);
            }
        }
    }

    private static Timed run(List<String> command) throws IOException, InterruptedException {
        Path times = Files.createTempFile("time", ".txt");
        try {
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", times.toString()));
            timed.addAll(command);
            long start = System.nanoTime();
            Process p = new ProcessBuilder(timed).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String first;
            try (InputStream in = p.getInputStream()) {
                byte[] head = in.readNBytes(400);
                in.transferTo(OutputStreamSink.INSTANCE);
                first = new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            }
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("did not end in 30 minutes: " + command);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Matcher m = MAX_RSS.matcher(Files.readString(times));
            return new Timed(seconds, m.find() ? Long.parseLong(m.group(1)) : -1, p.exitValue(), first);
        } finally {
            Files.deleteIfExists(times);
        }
    }

    private static Path jar() {
        String given = System.getProperty("bench.jar");
        for (Path p : given != null ? List.of(Path.of(given))
                : List.of(Path.of("app/target/wheelhouse.jar"), Path.of("target/wheelhouse.jar"))) {
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath();
            }
        }
        throw new IllegalStateException("no wheelhouse.jar: run mvn -q -B -pl app package -DskipTests first");
    }

    /** The packaged app's launcher: {@code -Dbench.launcher}, else the app-image's when it was built; null for none. */
    private static Path launcher() {
        String given = System.getProperty("bench.launcher");
        for (Path p : given != null ? List.of(Path.of(given))
                : List.of(Path.of("app/target/package/image/wheelhouse/bin/wheelhouse"),
                        Path.of("target/package/image/wheelhouse/bin/wheelhouse"))) {
            if (Files.isExecutable(p)) {
                return p.toAbsolutePath();
            }
        }
        return null;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }

    /** Output past the first line is read and dropped, so a full pipe never stalls the command. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
