package dev.wheelhouse.sccache;

import dev.wheelhouse.logs.Ansi;
import dev.wheelhouse.logs.LineConsumer;
import dev.wheelhouse.logs.LineFilter;
import dev.wheelhouse.logs.ParallelLogPass;
import dev.wheelhouse.logs.LogPass;
import dev.wheelhouse.logs.LogReader;
import dev.wheelhouse.logs.StepTracker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds sccache statistics and failures in a job log in one streaming pass.
 *
 * <p>The log is read by the shared {@link LogReader}: through a fixed buffer, never held whole,
 * a line longer than 64 KiB cut there. Bytes are decoded as UTF-8 only for lines that can matter
 * ({@link #FILTER}), leniently: malformed input becomes U+FFFD, never an exception. It recognises
 * the {@code --show-stats} text of sccache 0.2–0.15, the {@code --stats-format=json} object and
 * sccache-action's notice, with or without GitHub's or a syslog timestamp, {@code ##[group]}
 * lines, ANSI colours, a byte-order mark, CRLF, NULs, UTF-16, indentation or a markdown fence, and
 * reports each block with the step it came from.
 *
 * <p>An instance holds no state between scans and may be shared.
 */
public final class SccacheLogScanner {

    /** Blocks kept per scan; a pathological log of nothing but stats cannot fill the heap. */
    public static final int MAX_BLOCKS = 10_000;

    /** Phrases a line must start with (after prefixes, blanks and colour codes) to be decoded. */
    static final List<String> LEADING_PHRASES = List.of(
            // text block labels (see TextLabel)
            "Compile requests", "Compilation", "Cache ", "Non-cacheable", "Non-compilation",
            "Forced recaches", "Failed distributed", "Successful distributed",
            "Unsupported compiler", "Use direct/", "Average ", "Version (client)", "Max cache size",
            "Multi-level", "Base directories", "Preprocessor cache", "Direct cache",
            // JSON, notices, step and group markers
            "{", "##[", "::", "Notice:",
            // error output and the context that tells what a job meant to do
            "sccache", "error", "Error", "caused by", "cache url", "Post ", "SCCACHE_", "CIBW_",
            "Starting container", "manylinux", "Stopping sccache");

    /**
     * The lines a scan decodes: those starting with a phrase above, and those holding "qu" (rare
     * in log text), which are searched for {@code Compile requests} behind a prefix no rule knows.
     */
    public static final LineFilter FILTER = LineFilter.of(LEADING_PHRASES, List.of("qu"));

    private static final byte[] COMPILE_REQUESTS = "Compile requests".getBytes(StandardCharsets.US_ASCII);

    private final int maxLineBytes;

    public SccacheLogScanner() {
        this(LogReader.DEFAULT_MAX_LINE_BYTES);
    }

    /** Lines longer than {@code maxLineBytes} are cut there (1 KiB to 64 KiB). */
    public SccacheLogScanner(int maxLineBytes) {
        if (maxLineBytes < 1024 || maxLineBytes > LogReader.DEFAULT_MAX_LINE_BYTES) {
            throw new IllegalArgumentException("maxLineBytes must be between 1 KiB and 64 KiB");
        }
        this.maxLineBytes = maxLineBytes;
    }

    /** Scans a log file; refuses what is not a regular file ({@link dev.wheelhouse.logs.NotALogFileException}). */
    public SccacheLogScan scan(Path log) throws IOException {
        Pass pass = pass(block -> { });
        ParallelLogPass.run(log, List.of(pass), maxLineBytes);
        return pass.result();
    }

    /** Scans the stream to its end; does not close it. */
    public SccacheLogScan scan(InputStream in) throws IOException {
        return scan(in, block -> { });
    }

    /**
     * Scans the stream to its end, handing each block to {@code onBlock} as soon as it ends
     * (while a download is still streaming in, say); does not close the stream.
     */
    public SccacheLogScan scan(InputStream in, Consumer<SccacheStats> onBlock) throws IOException {
        Pass pass = pass(onBlock);
        LogPass.run(in, List.of(pass), maxLineBytes);
        return pass.result();
    }

    /** A scan to run in a {@link LogPass} beside other readers of the same log; its result once the pass ends. */
    public Pass pass(Consumer<SccacheStats> onBlock) {
        return new Pass(onBlock);
    }

    /** The state of one scan. */
    public static final class Pass implements LineConsumer {

        private final Consumer<SccacheStats> onBlock;
        private final StepTracker steps = new StepTracker();
        private final TextBlockParser text = new TextBlockParser();
        private final JsonBlockCollector json = new JsonBlockCollector();
        private final FailureLineDetector failures = new FailureLineDetector();
        private final List<SccacheStats> blocks = new ArrayList<>();
        private long omitted;
        private SccacheLogScan result;

        private Pass(Consumer<SccacheStats> onBlock) {
            this.onBlock = onBlock;
        }

        @Override
        public LineFilter filter() {
            return FILTER;
        }

        @Override
        public boolean followsNextLine() {
            return text.active() || json.active() || failures.inErrorContext();
        }

        @Override
        public void accept(LogReader line) {
            boolean relevant = followsNextLine() || FILTER.phraseAt(line)
                    || (line.anchorMatched() && line.holds(COMPILE_REQUESTS));
            if (relevant) {
                onLine(line.number(), line.content(), line.terminated());
            }
        }

        @Override
        public void finish(LogReader reader) {
            if (json.active()) {
                emit(json.finish());
            }
            if (text.active()) {
                emit(text.finish());
            }
            result = new SccacheLogScan(blocks, omitted, failures.findings(), failures.evidence(),
                    reader.number(), reader.bytesRead(), reader.encoding());
        }

        /** What the scan found; available once the pass has ended. */
        public SccacheLogScan result() {
            if (result == null) {
                throw new IllegalStateException("the pass has not ended");
            }
            return result;
        }
        /**
         * @param terminated false when the line may be cut short (no newline before the end of
         *                   the stream, or longer than the limit): a table line cut inside its
         *                   number would report a wrong figure, so such a line ends the table
         */
        private void onLine(long number, String content, boolean terminated) {
            String body = content.strip();
            if (json.active()) {
                if (json.offer(body)) {
                    if (json.complete()) {
                        emit(json.finish());
                    }
                    return;
                }
                emit(json.finish());
            }
            boolean held = false;
            if (text.active()) {
                if (!terminated) {
                    emit(text.finishCut());
                    return;
                }
                switch (text.offer(content)) {
                    case BELONGS -> {
                        return;
                    }
                    case INTERRUPTION -> held = true;
                    case ENDED -> emit(text.finish());
                }
            }
            if (steps.offer(body)) {
                return;
            }
            SccacheStats notice = NoticeParser.parse(body, number, steps.step(), steps.group());
            if (notice != null) {
                endHeld(held);
                emit(notice);
                return;
            }
            if (JsonBlockCollector.opens(body)) {
                endHeld(held);
                if (json.tryStart(body, number, steps.step(), steps.group()) && json.complete()) {
                    emit(json.finish());
                }
                return;
            }
            if (!held && terminated && text.tryStart(content, number, steps.step(), steps.group())) {
                return;
            }
            failures.inspect(body, number, steps.step());
        }

        /** Another block starts while a table is held across an interruption: the table has ended. */
        private void endHeld(boolean held) {
            if (held) {
                emit(text.finish());
            }
        }

        private void emit(SccacheStats block) {
            if (block == null) {
                return;
            }
            onBlock.accept(block);
            if (blocks.size() < MAX_BLOCKS) {
                blocks.add(block);
            } else {
                blocks.set(MAX_BLOCKS - 1, block);
                omitted++;
            }
        }
    }

    /** Removes ANSI escape sequences wherever they are in the line (and NULs). */
    static String withoutColours(String s) {
        return Ansi.strip(s);
    }
}
