package dev.wheelhouse.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.testing.JobLogs;
import dev.wheelhouse.testing.Samples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a GitHub-style job log of a given size: a byte-order mark, a 7-digit UTC timestamp on
 * every line, CRLF, {@code ##[group]Run} step headers, cargo/pip/cibuildwheel output with ANSI
 * colours, and every {@code blockEveryBytes} one statistics block taken from the samples (text,
 * JSON and sccache-action notices, converted as the runner converts step output).
 */
final class SyntheticJobLog {

    /** Samples whose blocks are scattered through the log, with the blocks each holds. */
    private static final List<String> SAMPLES = List.of(
            "13-local-sccache-action-post-step-stdout-hits.txt",
            "24-uutils-coreutils-4486-0.4.0pre9-ghac-gha-log.txt",
            "26-fedimint-4360-0.7.4-rust-local-disk.txt",
            "29-earth-mover-icechunk-424-notice-and-per-lang-rates-truncated.txt",
            "22-nvidia-cudf-10146-0.2.x-s3-cuda-read-miss-label.txt",
            "06-local-0.4.0pre6-cold-c-rust-noncacheable-failure.json");

    private static final String[] CRATES = {"serde", "serde_json", "pyo3", "pyo3-build-config", "numpy", "ndarray",
        "rayon", "rayon-core", "crossbeam-utils", "libc", "proc-macro2", "quote", "syn", "memchr", "once_cell",
        "nalgebra", "chrono", "thiserror", "anyhow", "itertools", "smallvec", "hashbrown", "indexmap", "regex"};

    private final Random random = new Random(20240301);
    private final List<byte[][]> blocks = new ArrayList<>();
    private final List<Integer> blocksPerSample = new ArrayList<>();
    private long tick = 0;
    private int blocksWritten;
    private int failuresWritten;
    private final byte[] stamp = "2024-03-01T12:00:00.0000000Z ".getBytes(StandardCharsets.US_ASCII);

    /** Failure logs of the samples, line by line, when they are to be scattered too. */
    private final List<String[]> failures = new ArrayList<>();
    private final boolean longLines;

    SyntheticJobLog() {
        this(false);
    }

    /**
     * @param failuresAndLongLines also scatter the failure samples' lines (between the statistics
     *                             blocks) and, one line in a thousand, a minified line of 20 to 200 KB
     */
    SyntheticJobLog(boolean failuresAndLongLines) {
        this.longLines = failuresAndLongLines;
        if (failuresAndLongLines) {
            try (java.util.stream.Stream<Path> files = Files.list(Samples.failures())) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    failures.add(Files.readString(f).replace("\r", "").split("\n"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String name : SAMPLES) {
            String text = JobLogs.read(Samples.sccache().resolve(name));
            List<byte[]> lines = new ArrayList<>();
            for (String line : text.split("\r?\n", -1)) {
                String converted = JobLogs.runnerForm(line);
                if (converted != null) {
                    lines.add(converted.getBytes(StandardCharsets.UTF_8));
                }
            }
            blocks.add(lines.toArray(byte[][]::new));
            blocksPerSample.add(countBlocks(name));
        }
    }

    /** Failure excerpts written so far. */
    int failuresWritten() {
        return failuresWritten;
    }

    /** Minified JavaScript or a base64 blob, as webpack or a test's dump prints it: 20 to 200 KB in one line. */
    private String longLine() {
        int length = 20_000 + random.nextInt(180_000);
        StringBuilder b = new StringBuilder(length + 64);
        while (b.length() < length) {
            b.append("function(e,t){var n=e.errorCount||0;return t.hits+n}").append(';');
        }
        return b.toString();
    }

    /** Statistics blocks written so far (each sample counts with every block it holds). */
    int blocksWritten() {
        return blocksWritten;
    }

    void write(Path file, long bytes, long blockEveryBytes) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            long written = 3;
            long nextBlock = blockEveryBytes / 2;
            long nextFailure = -1;
            int step = 0;
            while (written < bytes) {
                if (written >= nextBlock) {
                    int which = random.nextInt(blocks.size());
                    written += line(out, "##[group]Run sccache --show-stats  # step " + step++);
                    written += line(out, "##[endgroup]");
                    for (byte[] l : blocks.get(which)) {
                        written += line(out, l);
                    }
                    written += line(out, "##[endgroup]");
                    blocksWritten += blocksPerSample.get(which);
                    nextBlock += blockEveryBytes;
                    if (!failures.isEmpty()) {
                        // Half-way to the next block: one failure excerpt, with its own stamps dropped.
                        nextFailure = written + blockEveryBytes / 2;
                    }
                } else if (nextFailure >= 0 && written >= nextFailure) {
                    for (String l : failures.get(random.nextInt(failures.size()))) {
                        written += line(out, l.replaceFirst("^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z ", ""));
                    }
                    failuresWritten++;
                    nextFailure = -1;
                } else if (longLines && random.nextInt(1000) == 0) {
                    written += line(out, longLine());
                } else {
                    written += line(out, noise());
                }
            }
        }
    }

    private String noise() {
        int r = random.nextInt(100);
        String crate = CRATES[random.nextInt(CRATES.length)];
        String version = "v" + random.nextInt(3) + "." + random.nextInt(40) + "." + random.nextInt(20);
        if (r < 40) {
            return "   \u001b[1m\u001b[32mCompiling\u001b[0m " + crate + " " + version;
        } else if (r < 50) {
            return "  \u001b[1m\u001b[32mDownloaded\u001b[0m " + crate + " " + version;
        } else if (r < 58) {
            return "warning: unused import: `std::fmt::Write` in " + crate + "::util";
        } else if (r < 64) {
            return "   --> src/" + crate.replace('-', '_') + ".rs:" + random.nextInt(900) + ":" + random.nextInt(80);
        } else if (r < 70) {
            return "  Requirement already satisfied: " + crate + ">=1." + random.nextInt(9)
                    + " in /opt/python/cp312-cp312/lib/python3.12/site-packages (from satkit==0.5.0)";
        } else if (r < 76) {
            return "  gcc -pthread -fno-strict-overflow -Wsign-compare -DNDEBUG -g -O3 -Wall -fPIC"
                    + " -I/opt/python/cp312-cp312/include/python3.12 -c src/" + crate + ".c -o build/temp."
                    + "linux-x86_64-cpython-312/src/" + crate + ".o";
        } else if (r < 80) {
            return "Building cp3" + (8 + random.nextInt(6)) + "-manylinux_x86_64 wheel";
        } else if (r < 84) {
            return "\uD83D\uDCE6 Built wheel for CPython 3.12 to /tmp/cibuildwheel/built_wheel/satkit-0.5.0-cp312-"
                    + "cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl";
        } else if (r < 88) {
            return "    Finished `release` profile [optimized] target(s) in " + random.nextInt(5) + "m "
                    + random.nextInt(60) + "s";
        } else if (r < 90) {
            return random.nextBoolean() ? "##[group]Run cargo test --release -p " + crate : "##[endgroup]";
        } else if (r < 91) {
            return "  rustc --crate-name " + crate + " --edition=2021 " + "-C opt-level=3 ".repeat(40)
                    + "--cap-lints allow";
        } else {
            return "  running build_ext for " + crate + " (" + random.nextInt(1000) + " of 1000)";
        }
    }

    private int line(OutputStream out, String text) throws IOException {
        return line(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private int line(OutputStream out, byte[] text) throws IOException {
        advanceStamp();
        out.write(stamp);
        out.write(text);
        out.write('\r');
        out.write('\n');
        return stamp.length + text.length + 2;
    }

    /** Moves the timestamp on by a few hundred microseconds, writing its digits in place. */
    private void advanceStamp() {
        tick += 1 + random.nextInt(5000);
        long t = tick;
        for (int i = 26; i >= 20; i--) {   // 7 fraction digits, 100 ns ticks
            stamp[i] = (byte) ('0' + t % 10);
            t /= 10;
        }
        long seconds = t;
        stamp[18] = (byte) ('0' + seconds % 10);
        stamp[17] = (byte) ('0' + seconds / 10 % 6);
        long minutes = seconds / 60;
        stamp[15] = (byte) ('0' + minutes % 10);
        stamp[14] = (byte) ('0' + minutes / 10 % 6);
    }

    /** The number of blocks samples/sccache/EXPECTED.json names for the sample. */
    private static int countBlocks(String name) {
        try {
            return new ObjectMapper().readTree(Samples.sccache().resolve("EXPECTED.json").toFile())
                    .get(name).get("blocks").size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
