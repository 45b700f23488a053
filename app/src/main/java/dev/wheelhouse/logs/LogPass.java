package dev.wheelhouse.logs;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a log once for several consumers: the bytes are split and filtered once for all. A file
 * on disk is better read by {@link ParallelLogPass}, which shows the consumers the same lines.
 */
public final class LogPass {

    private LogPass() {
    }

    /** Reads {@code in} to its end (without closing it), handing each consumer the lines it wants. */
    public static void run(InputStream in, List<? extends LineConsumer> consumers) throws IOException {
        run(in, consumers, LogReader.DEFAULT_MAX_LINE_BYTES);
    }

    /** As {@link #run(InputStream, List)}, cutting lines at {@code maxLineBytes} (at most a sixteenth of the 1 MiB buffer). */
    public static void run(InputStream in, List<? extends LineConsumer> consumers, int maxLineBytes)
            throws IOException {
        run(in, consumers, maxLineBytes, LogReader.DEFAULT_BUFFER_BYTES);
    }

    static void run(InputStream in, List<? extends LineConsumer> consumers, int maxLineBytes, int bufferBytes)
            throws IOException {
        boolean lookback = consumers.stream().anyMatch(LineConsumer::wantsLookback);
        LogReader reader = new LogReader(in, filterOf(consumers), lookback, bufferBytes, maxLineBytes);
        feed(reader, consumers);
        for (LineConsumer c : consumers) {
            c.finish(reader);
        }
    }

    /** The lines any of the consumers wants. */
    static LineFilter filterOf(List<? extends LineConsumer> consumers) {
        LineFilter filter = consumers.get(0).filter();
        for (LineConsumer c : consumers.subList(1, consumers.size())) {
            filter = filter.union(c.filter());
        }
        return filter;
    }

    /** Hands the consumers every line the reader stops at, following lines while any of them asks to. */
    static void feed(LogReader reader, List<? extends LineConsumer> consumers) throws IOException {
        while (true) {
            boolean follow = false;
            for (LineConsumer c : consumers) {
                follow |= c.followsNextLine();
            }
            reader.follow(follow);
            if (!reader.next()) {
                break;
            }
            for (LineConsumer c : consumers) {
                c.accept(reader);
            }
        }
    }
}
