package dev.wheelhouse.cli;

import dev.wheelhouse.github.Redaction;
import dev.wheelhouse.history.DataDirectory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

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
     * Sends every log line to the log file (or nowhere, when it cannot be opened). Called first
     * thing in {@code main}: it only names {@link Configuration} as java.util.logging's
     * configuration, so the LogManager (about a tenth of a short command's time) starts only when
     * something logs, and the file is opened with the first line. A command that logs nothing
     * touches no file and loads nothing of the data directory's.
     */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        System.setProperty(CONFIG_CLASS, Configuration.class.getName());
        installed = true;
    }

    private static final String CONFIG_CLASS = "java.util.logging.config.class";

    /**
     * java.util.logging's configuration, made by the LogManager itself as it starts (it finds the
     * class through {@value #CONFIG_CLASS}): the root logs INFO and up to {@link FirstLineOpens}
     * and to nothing else, so the default console handler (two lines per entry on stderr) never
     * exists.
     */
    public static final class Configuration {
        public Configuration() throws IOException {
            String properties = "handlers=" + FirstLineOpens.class.getName() + "\n.level=INFO\n";
            LogManager.getLogManager().readConfiguration(
                    new ByteArrayInputStream(properties.getBytes(StandardCharsets.ISO_8859_1)));
        }
    }

    /** The folder the log files are in, for messages that point there. */
    public static String where() {
        Path folder = opened;
        return folder == null ? "the log file" : folder.toString();
    }

    /**
     * Opens the log file when the first line comes, then hands every line to it. Public with a
     * public constructor: the LogManager makes the root's handlers by name.
     */
    public static final class FirstLineOpens extends Handler {
        private Handler file;
        private boolean failed;

        public FirstLineOpens() {
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
