package dev.wheelhouse.cli;

import dev.wheelhouse.github.Redaction;
import dev.wheelhouse.history.DataDirectory;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

    private static volatile boolean installed;
    private static volatile Path opened;

    private LogFile() {
    }

    /**
     * Sends every log line to the log file (or nowhere, when it cannot be opened). The file is
     * opened with the first line: a command that logs nothing touches no file and loads nothing
     * of the data directory's.
     */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(new FirstLineOpens());
        installed = true;
    }

    /** The folder the log files are in, for messages that point there. */
    public static String where() {
        Path folder = opened;
        return folder == null ? "the log file" : folder.toString();
    }

    /** Opens the log file when the first line comes, then hands every line to it. */
    private static final class FirstLineOpens extends Handler {
        private Handler file;
        private boolean failed;

        FirstLineOpens() {
            setLevel(Level.INFO);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (file == null && !failed) {
                open();
            }
            if (file != null) {
                file.publish(record);
            }
        }

        private void open() {
            Path folder = DataDirectory.standard().resolve("logs");
            try {
                Files.createDirectories(folder);
                // Two files of 4 MB, appended to; %u keeps two processes from writing one file.
                Handler handler = new FileHandler(folder.resolve("wheelhouse%u.%g.log").toString(), 4 << 20, 2, true);
                handler.setFormatter(new OneEntry());
                handler.setLevel(Level.INFO);
                file = handler;
                opened = folder;
            } catch (IOException | RuntimeException e) {
                // No log file (a read-only home): log lines are dropped, the terminal stays clean.
                failed = true;
            }
        }

        @Override
        public synchronized void flush() {
            if (file != null) {
                file.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (file != null) {
                file.close();
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
