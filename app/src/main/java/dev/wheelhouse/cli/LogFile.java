package dev.wheelhouse.cli;

import dev.wheelhouse.github.Redaction;
import dev.wheelhouse.history.DataDirectory;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where log lines go: {@code logs/wheelhouse.log} in the data directory, never the terminal.
 * java.util.logging's default console handler writes two lines per entry to stderr, which broke
 * the promise of one line there; the keychain library's SLF4J lines reach this file too (through
 * slf4j-jdk14). Every line passes through {@link Redaction}, so no URL's credentials are written.
 */
public final class LogFile {

    private static volatile Path opened;
    private static boolean installed;

    private LogFile() {
    }

    /**
     * Sends every log line to the log file (or nowhere, when it cannot be opened). The file is
     * opened at the first line logged: a command that logs nothing (most runs of {@code matrix
     * show}) neither resolves the data directory nor creates a file, which keeps its start-up to
     * the classes it needs (issue 15).
     */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(new OpenedOnFirstLine());
        installed = true;
    }

    /** The folder the log files are in, for messages that point there. */
    public static String where() {
        Path folder = opened;
        return folder == null ? DataDirectory.standard().resolve("logs").toString() : folder.toString();
    }

    private static Optional<Handler> open() {
        Path folder = DataDirectory.standard().resolve("logs");
        try {
            Files.createDirectories(folder);
            // Two files of 4 MB, appended to; %u keeps two processes from writing one file.
            Handler handler = new FileHandler(folder.resolve("wheelhouse%u.%g.log").toString(), 4 << 20, 2, true);
            handler.setFormatter(new OneEntry());
            handler.setLevel(Level.INFO);
            opened = folder;
            return Optional.of(handler);
        } catch (IOException | RuntimeException e) {
            // No log file (a read-only home): log lines are dropped, the terminal stays clean.
            return Optional.empty();
        }
    }

    /** Opens the log file when the first line arrives, then hands every line to it. */
    static final class OpenedOnFirstLine extends Handler {
        private Optional<Handler> file;

        @Override
        public synchronized void publish(LogRecord record) {
            if (file == null) {
                file = open();
            }
            file.ifPresent(handler -> handler.publish(record));
        }

        @Override
        public synchronized void flush() {
            if (file != null) {
                file.ifPresent(Handler::flush);
            }
        }

        @Override
        public synchronized void close() {
            if (file != null) {
                file.ifPresent(Handler::close);
            }
        }
    }

    /** One line per entry (time, level, logger, message), the stack trace after it, credentials removed. */
    static final class OneEntry extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder out = new StringBuilder();
            out.append(Instant.ofEpochMilli(record.getMillis())).append(' ').append(record.getLevel().getName())
                    .append(' ').append(record.getLoggerName()).append(": ")
                    .append(Redaction.text(formatMessage(record))).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                out.append(Redaction.text(trace.toString()));
            }
            return out.toString();
        }
    }
}
