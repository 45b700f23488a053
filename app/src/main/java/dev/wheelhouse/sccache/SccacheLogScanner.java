package dev.wheelhouse.sccache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds sccache statistics and failures in a job log in one streaming pass.
 *
 * <p>The log is read through a fixed buffer and never held whole; a line longer than
 * {@code maxLineBytes} is cut there. Bytes are decoded as UTF-8 only for lines that can matter
 * (see {@link LineTriage}), leniently: malformed input becomes U+FFFD, never an exception. It
 * recognises the {@code --show-stats} text of sccache 0.2–0.15, the {@code --stats-format=json}
 * object and sccache-action's notice, with or without GitHub's timestamps, {@code ##[group]}
 * lines, ANSI colours, a byte-order mark, CRLF, indentation or a markdown fence, and reports
 * each block with the step it came from.
 *
 * <p>An instance holds no state between scans and may be shared.
 */
public final class SccacheLogScanner {

    public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024;
    /** Blocks kept per scan; a pathological log of nothing but stats cannot fill the heap. */
    public static final int MAX_BLOCKS = 10_000;

    private static final int BUFFER_BYTES = 1 << 20;
    private static final byte[] COMPILE_REQUESTS = "Compile requests".getBytes(StandardCharsets.US_ASCII);
    private static final byte ANCHOR = 'q';
    private static final int ANCHOR_INDEX = "Compile requests".indexOf(ANCHOR);

    private final int maxLineBytes;

    public SccacheLogScanner() {
        this(DEFAULT_MAX_LINE_BYTES);
    }

    public SccacheLogScanner(int maxLineBytes) {
        if (maxLineBytes < 1024 || maxLineBytes > BUFFER_BYTES / 2) {
            throw new IllegalArgumentException("maxLineBytes must be between 1 KiB and "
                    + BUFFER_BYTES / 2 + " bytes");
        }
        this.maxLineBytes = maxLineBytes;
    }

    public SccacheLogScan scan(Path log) throws IOException {
        try (InputStream in = Files.newInputStream(log)) {
            return scan(in);
        }
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
        return new Pass(in, onBlock).run();
    }

    /** The state of one scan. */
    private final class Pass {

        private final LineReader reader;
        private final Consumer<SccacheStats> onBlock;
        private final LineTriage triage = new LineTriage();
        private final StepTracker steps = new StepTracker();
        private final TextBlockParser text = new TextBlockParser();
        private final JsonBlockCollector json = new JsonBlockCollector();
        private final FailureLineDetector failures = new FailureLineDetector();
        private final List<SccacheStats> blocks = new ArrayList<>();
        private long omitted;

        Pass(InputStream in, Consumer<SccacheStats> onBlock) {
            // 'q' is rare in log text and sits in "Compile requests", the first line of every
            // stats table: only lines holding it are searched for a table behind a logger prefix.
            this.reader = new LineReader(in, BUFFER_BYTES, maxLineBytes, ANCHOR);
            this.onBlock = onBlock;
        }

        SccacheLogScan run() throws IOException {
            while (reader.next()) {
                byte[] b = reader.bytes();
                int end = reader.end();
                boolean relevant = triage.examine(b, reader.start(), end)
                        || text.active() || json.active() || failures.inErrorContext()
                        || (reader.anchorSeen()
                            && LineTriage.contains(b, triage.bodyStart(), end, COMPILE_REQUESTS, ANCHOR_INDEX));
                if (relevant) {
                    int from = triage.contentStart();
                    onLine(reader.number(), withoutColours(new String(b, from, end - from, StandardCharsets.UTF_8)),
                            reader.terminated());
                }
            }
            if (json.active()) {
                emit(json.finish());
            }
            if (text.active()) {
                emit(text.finish());
            }
            return new SccacheLogScan(blocks, omitted, failures.findings(), failures.evidence(),
                    reader.number(), reader.bytesRead());
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
            if (text.active()) {
                if (!terminated) {
                    emit(text.finishCut());
                    return;
                }
                if (text.offer(content)) {
                    return;
                }
                emit(text.finish());
            }
            if (steps.offer(body)) {
                return;
            }
            SccacheStats notice = NoticeParser.parse(body, number, steps.step(), steps.group());
            if (notice != null) {
                emit(notice);
                return;
            }
            if (json.tryStart(body, number, steps.step(), steps.group())) {
                if (json.complete()) {
                    emit(json.finish());
                }
                return;
            }
            if (terminated && text.tryStart(content, number, steps.step(), steps.group())) {
                return;
            }
            failures.inspect(body, number, steps.step());
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

    /** Removes ANSI CSI sequences ({@code ESC [ … final}) wherever they are in the line. */
    static String withoutColours(String s) {
        int esc = s.indexOf('\u001b');
        if (esc < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (esc >= 0) {
            out.append(s, i, esc);
            i = esc + 1;
            if (i < s.length() && s.charAt(i) == '[') {
                i++;
                while (i < s.length() && (s.charAt(i) < 0x40 || s.charAt(i) > 0x7E)) {
                    i++;
                }
                i = Math.min(i + 1, s.length());
            }
            esc = s.indexOf('\u001b', i);
        }
        out.append(s, i, s.length());
        return out.toString();
    }
}
