package dev.wheelhouse.logs;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a log file on every core, for the consumers of a {@link LogPass}: the file is cut into
 * chunks, workers find in each chunk the lines the consumers' filters want (the byte-level work
 * that is most of a pass: line ends, timestamps, phrases and anchors of every line), and the
 * calling thread hands those lines to the consumers in order, jumping over the others and reading
 * line by line only while a consumer follows. Consumers see the lines, numbers and look-back a
 * {@link LogPass} over the same bytes shows them.
 *
 * <p>Memory stays bounded: a few chunks of {@link Settings#chunkBytes} are in flight, and a chunk
 * whose wanted lines would not fit a bounded list is read line by line instead. A small file, a
 * UTF-16 one or a machine with one core gets the plain pass.
 */
public final class ParallelLogPass {

    /**
     * How the file is cut: lines are cut at {@code maxLineBytes} as in a {@link LogPass} with a
     * {@code bufferBytes} buffer (whose half is the look-back window).
     */
    record Settings(int maxLineBytes, int bufferBytes, int chunkBytes, long minParallelBytes, int threads,
                    int maxWantedPerChunk) {

        static Settings defaults(int maxLineBytes) {
            return new Settings(maxLineBytes, LogReader.DEFAULT_BUFFER_BYTES, 4 << 20, 16L << 20,
                    Runtime.getRuntime().availableProcessors(), 1 << 16);
        }

        int window() {
            return bufferBytes / 2;
        }

        /** Bytes past a chunk's end a worker holds: its last line, up to where it is cut, and its prefixes. */
        int tail() {
            return maxLineBytes + LogReader.PREFIX_WINDOW + 1;
        }
    }

    /** What a worker found in one chunk. */
    private record Scanned(LogChunk chunk, WantedLines wanted, long lines, long lastStart, long lastEnd) {
    }

    private final FileChannel channel;
    private final long size;
    private final int mark;
    private final List<? extends LineConsumer> consumers;
    private final Settings settings;
    private final LineFilter filter;
    private final boolean lookback;
    private final BlockingQueue<byte[]> spare;
    /** Each worker's own aligned read buffer. */
    private final ThreadLocal<AlignedReads> reads = ThreadLocal.withInitial(AlignedReads::new);

    private ParallelLogPass(FileChannel channel, long size, int mark, List<? extends LineConsumer> consumers,
                            Settings settings) {
        this.channel = channel;
        this.size = size;
        this.mark = mark;
        this.consumers = consumers;
        this.settings = settings;
        this.filter = LogPass.filterOf(consumers);
        this.lookback = consumers.stream().anyMatch(LineConsumer::wantsLookback);
        this.spare = new ArrayBlockingQueue<>(settings.threads() + 4);
    }

    /** Reads {@code file} to its end, handing each consumer the lines it wants; refuses what is not a regular file. */
    public static void run(Path file, List<? extends LineConsumer> consumers) throws IOException {
        run(file, consumers, LogReader.DEFAULT_MAX_LINE_BYTES);
    }

    /** As {@link #run(Path, List)}, cutting lines at {@code maxLineBytes} (at most 64 KiB). */
    public static void run(Path file, List<? extends LineConsumer> consumers, int maxLineBytes) throws IOException {
        run(file, consumers, Settings.defaults(maxLineBytes));
    }

    static void run(Path file, List<? extends LineConsumer> consumers, Settings settings) throws IOException {
        LogFiles.requireRegularFile(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = new byte[4];
            int n = new AlignedReads(head.length).readFully(channel, head, 0, 0, (int) Math.min(head.length, size));
            LogEncoding encoding = LogEncoding.detect(head, n);
            if (size < settings.minParallelBytes() || settings.threads() < 2 || encoding != LogEncoding.UTF_8
                    || size <= encoding.markLength(head, n)) {
                LogPass.run(new AlignedChannelStream(channel.position(0), size), consumers, settings.maxLineBytes(),
                        settings.bufferBytes());
                return;
            }
            new ParallelLogPass(channel, size, encoding.markLength(head, n), consumers, settings).read();
        }
    }

    private void read() throws IOException {
        int chunks = (int) ((size + settings.chunkBytes() - 1) / settings.chunkBytes());
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), task -> {
            Thread t = new Thread(task, "log-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Scanned>> ahead = new ArrayDeque<>();
            int submitted = 0;
            long numberBefore = 0;
            Scanned last = null;
            LogReader lastReader = null;
            for (int c = 0; c < chunks; c++) {
                while (submitted < chunks && ahead.size() <= settings.threads()) {
                    int chunk = submitted++;
                    ahead.add(workers.submit(() -> scan(chunk)));
                }
                Scanned scanned = await(ahead.poll());
                if (scanned.lines() == 0) {
                    spare.offer(scanned.chunk().bytes());
                    continue;
                }
                WantedLines wanted = scanned.wanted().full() ? null : scanned.wanted();
                LogReader reader = LogReader.ofChunk(scanned.chunk(), filter, lookback, settings.maxLineBytes(),
                        settings.window(), wanted, numberBefore);
                LogPass.feed(reader, consumers);
                numberBefore += scanned.lines();
                if (last != null) {
                    spare.offer(last.chunk().bytes());
                }
                last = scanned;
                lastReader = reader;
            }
            lastReader.endAt(last.lastStart(), last.lastEnd(), numberBefore, size);
            for (LineConsumer c : consumers) {
                c.finish(lastReader);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** Finds the lines of chunk {@code c} the filter wants (on a worker thread). */
    private Scanned scan(int c) throws IOException {
        long chunkStart = (long) c * settings.chunkBytes();
        long chunkEnd = Math.min(size, chunkStart + settings.chunkBytes());
        // The window above the chunk is read only for consumers that look back; one byte tells
        // whether the chunk's first byte begins a line.
        long from = Math.max(0, chunkStart - (lookback ? settings.window() : 0) - 1);
        long to = Math.min(size, chunkEnd + settings.tail());
        byte[] bytes = buffer();
        int limit = reads.get().readFully(channel, bytes, 0, from, (int) (to - from));
        // A file cut short while it is read ends where its bytes end.
        int stop = (int) Math.min(chunkEnd - from, limit);
        int at = (int) (chunkStart - from);
        int first = chunkStart <= mark ? (int) (mark - from) : at >= stop ? -1 : firstLineStart(bytes, at, stop);
        LogChunk chunk = new LogChunk(bytes, from, mark, first, stop, limit);
        if (first < 0 || first >= stop) {
            return new Scanned(chunk, null, 0, -1, -1);
        }
        WantedLines wanted = new WantedLines(settings.maxWantedPerChunk());
        LogReader reader = LogReader.ofChunk(chunk, filter, false, settings.maxLineBytes(), settings.window(),
                null, 0);
        while (reader.next()) {
            wanted.add(reader);
        }
        return new Scanned(chunk, wanted, reader.number(), reader.lastLineStart(), reader.lastLineEnd());
    }

    /** The first line that starts at or after {@code at}, before {@code stop}; -1 when none does. */
    private static int firstLineStart(byte[] bytes, int at, int stop) {
        if (bytes[at - 1] == '\n') {
            return at;
        }
        int nl = LineEnds.newline(bytes, at, stop);
        return nl < 0 ? -1 : nl + 1;
    }

    private byte[] buffer() {
        byte[] b = spare.poll();
        return b != null ? b : new byte[settings.chunkBytes() + settings.window() + 1 + settings.tail()];
    }

    private static Scanned await(Future<Scanned> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading a log");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) cause;
        }
    }
}
