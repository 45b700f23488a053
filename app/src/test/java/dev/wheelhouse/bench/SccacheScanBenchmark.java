package dev.wheelhouse.bench;

import dev.wheelhouse.sccache.SccacheLogScan;
import dev.wheelhouse.sccache.SccacheLogScanner;
import dev.wheelhouse.testing.ChildJvm;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Scans a synthetic 1 GB job log and prints the scanner's throughput beside
 * {@code grep -c 'Cache hits'} on the same file in the same run, and the peak heap of a scan in a
 * child JVM limited to {@code -Xmx64m}. Targets (issue 7): at least half of grep's throughput,
 * heap at most 64 MB.
 *
 * <pre>
 * mvn -q -B -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.wheelhouse.bench.SccacheScanBenchmark [-Dbench.mb=1024] [-Dbench.rounds=3]
 * </pre>
 * {@code -Dbench.file=PATH} scans an existing log instead of writing one (and keeps it).
 */
public final class SccacheScanBenchmark {

    private static final double MIB = 1024.0 * 1024.0;
    private static final String CHILD_FLAG = "--scan-only";

    private SccacheScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(CHILD_FLAG)) {
            scanInThisJvm(Path.of(args[1]));
            return;
        }
        long megabytes = Long.getLong("bench.mb", 1024);
        int rounds = Integer.getInteger("bench.rounds", 3);
        String given = System.getProperty("bench.file");
        Path dir = given == null ? Files.createTempDirectory("wheelhouse-bench") : null;
        Path log = given == null ? dir.resolve("job.log") : Path.of(given);
        try {
            long t0 = System.nanoTime();
            long expectedBlocks = -1;
            if (given == null) {
                SyntheticJobLog generator = new SyntheticJobLog();
                generator.write(log, megabytes * 1024 * 1024, 1024 * 1024);
                expectedBlocks = generator.blocksWritten();
            }
            long size = Files.size(log);
            System.out.printf(Locale.ROOT, "job log: %.0f MiB, %s stats blocks written, in %.1f s (%s)%n",
                    size / MIB, expectedBlocks < 0 ? "?" : Long.toString(expectedBlocks),
                    seconds(System.nanoTime() - t0), log);

            double bestGrep = Double.MAX_VALUE;
            double bestScan = Double.MAX_VALUE;
            String grepCount = "";
            SccacheLogScan scan = null;
            for (int round = 1; round <= rounds; round++) {
                long g = System.nanoTime();
                grepCount = grep(log);
                double grepSeconds = seconds(System.nanoTime() - g);
                long s = System.nanoTime();
                scan = new SccacheLogScanner().scan(log);
                double scanSeconds = seconds(System.nanoTime() - s);
                bestGrep = Math.min(bestGrep, grepSeconds);
                bestScan = Math.min(bestScan, scanSeconds);
                System.out.printf(Locale.ROOT, "round %d: grep -c 'Cache hits' %.2f s (%.0f MiB/s), scan %.2f s"
                        + " (%.0f MiB/s)%n", round, grepSeconds, size / MIB / grepSeconds, scanSeconds,
                        size / MIB / scanSeconds);
            }
            System.out.printf(Locale.ROOT, "grep counted %s lines with 'Cache hits'; the scan found %d blocks"
                    + " (%d expected), %d lines%n", grepCount, scan.blocks().size() + scan.blocksOmitted(),
                    expectedBlocks, scan.lines());
            double grepRate = size / MIB / bestGrep;
            double scanRate = size / MIB / bestScan;
            System.out.printf(Locale.ROOT, "best of %d, in-process: grep %.0f MiB/s, scan %.0f MiB/s, ratio %.2f"
                    + " (target >= 0.50)%n", rounds, grepRate, scanRate, scanRate / grepRate);

            List<String> child = Boolean.getBoolean("bench.noChild") ? List.of() : runChild(log);
            child.forEach(line -> System.out.println("child -Xmx64m: " + line));
        } finally {
            if (given == null) {
                Files.deleteIfExists(log);
                Files.deleteIfExists(dir);
            }
        }
    }

    /**
     * The child JVM's part: three scans under -Xmx64m (the first includes JIT warm-up), then their
     * figures and the peak heap.
     */
    private static void scanInThisJvm(Path log) throws IOException {
        long size = Files.size(log);
        for (int pass = 1; pass <= 3; pass++) {
            long s = System.nanoTime();
            SccacheLogScan scan = new SccacheLogScanner().scan(log);
            double scanSeconds = seconds(System.nanoTime() - s);
            System.out.printf(Locale.ROOT, "scan %d: %.2f s (%.0f MiB/s), %d blocks%n", pass, scanSeconds,
                    size / MIB / scanSeconds, scan.blocks().size());
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();   // sum of per-pool peaks: an upper bound
            }
        }
        System.out.printf(Locale.ROOT, "peak heap used <= %.1f MiB (max heap %.0f MiB)%n", peak / MIB,
                Runtime.getRuntime().maxMemory() / MIB);
    }

    private static List<String> runChild(Path log) throws IOException, InterruptedException {
        Process p = ChildJvm.start(SccacheScanBenchmark.class, List.of("-Xmx64m"), List.of(CHILD_FLAG, log.toString()),
                SccacheLogScanner.class, com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.annotation.JsonProperty.class);
        List<String> lines;
        try (InputStream in = p.getInputStream()) {
            lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            lines.add("did not finish in 10 minutes");
        } else if (p.exitValue() != 0) {
            lines.add("exited with " + p.exitValue());
        }
        return lines;
    }

    private static String grep(Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("grep", "-c", "Cache hits", log.toString()).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        p.waitFor();
        return out;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
