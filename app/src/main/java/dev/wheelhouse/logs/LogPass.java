package dev.wheelhouse.logs;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads a log once for several consumers: the bytes are split and filtered once for all. */
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
        LineFilter filter = consumers.get(0).filter();
        boolean lookback = false;
        for (LineConsumer c : consumers) {
            filter = filter.union(c.filter());
            lookback |= c.wantsLookback();
        }
        LogReader reader = new LogReader(in, filter, lookback, LogReader.DEFAULT_BUFFER_BYTES, maxLineBytes);
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
        for (LineConsumer c : consumers) {
            c.finish(reader);
        }
    }
}
