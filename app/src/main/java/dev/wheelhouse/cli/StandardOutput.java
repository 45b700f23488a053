package dev.wheelhouse.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output for the commands, which, unlike {@code System.out}, lets a command see that its
 * output is going nowhere: {@code System.out} swallows every write error, so {@code logs | head}
 * went on downloading every job's log after {@code head} had exited, and a sandbox whose address
 * could not be printed served on, unseen. Writes go straight to file descriptor 1; the first
 * failure is kept, for the command to say why it stopped.
 */
public final class StandardOutput extends PrintWriter {

    private final Recording sink;

    private StandardOutput(Recording sink, Charset charset) {
        super(new BufferedWriter(new OutputStreamWriter(sink, charset)), true);
        this.sink = sink;
    }

    /** The process's standard output, in the encoding the JVM gives it. */
    public static StandardOutput open() {
        return new StandardOutput(new Recording(new FileOutputStream(FileDescriptor.out)), charset());
    }

    static StandardOutput over(OutputStream stream) {
        return new StandardOutput(new Recording(stream), StandardCharsets.UTF_8);
    }

    /** The first write that failed, once {@link #checkError()} is true. */
    Optional<IOException> failure() {
        return Optional.ofNullable(sink.failure);
    }

    /**
     * Whether {@code out} can no longer be written (its reader has gone, or the disk is full); if
     * so, says why on {@code spec}'s error line unless the reader just stopped reading (a closed
     * pipe, as after {@code | head}, is how a reader says "enough", and tools stay quiet then).
     */
    static boolean gone(PrintWriter out, picocli.CommandLine.Model.CommandSpec spec) {
        if (!out.checkError()) {
            return false;
        }
        Optional<IOException> why = out instanceof StandardOutput s ? s.failure() : Optional.empty();
        if (!closedPipe(why)) {
            ErrorLine.print(spec, "cannot write to standard output" + reason(why) + "; stopped.", 1);
        }
        return true;
    }

    /**
     * The process's exit status once {@code command} ended with {@code exit}: output that could
     * not all be written is no success (a script would take a half-written table for the whole),
     * so 0 becomes 1, with one line on {@code err} unless the reader just stopped reading.
     */
    public int settle(int exit, java.io.PrintStream err) {
        // checkError flushes: what a command printed and did not flush reaches the reader before the exit.
        boolean lost = checkError();
        if (exit != 0 || !lost) {
            return exit;
        }
        if (!closedPipe(failure())) {
            err.println("wheelhouse: cannot write to standard output" + reason(failure()) + ".");
        }
        return 1;
    }

    private static boolean closedPipe(Optional<IOException> failure) {
        return failure.map(e -> String.valueOf(e.getMessage()).contains("Broken pipe")).orElse(false);
    }

    private static String reason(Optional<IOException> failure) {
        return failure.map(e -> " (" + e.getMessage() + ")").orElse("");
    }

    private static Charset charset() {
        String name = System.getProperty("sun.stdout.encoding");
        if (name == null) {
            return Charset.defaultCharset();
        }
        if (name.equalsIgnoreCase("cp65001")) {
            return StandardCharsets.UTF_8;   // a Windows console in UTF-8 mode
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unsupported) {
            return Charset.defaultCharset();
        }
    }

    /** Passes bytes on and keeps the first failure. */
    private static final class Recording extends FilterOutputStream {
        private volatile IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        private void keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
