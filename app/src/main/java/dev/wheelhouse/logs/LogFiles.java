package dev.wheelhouse.logs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Opens a log file for reading, and only a regular one: what else a path can name is refused. */
public final class LogFiles {

    private LogFiles() {
    }

    /**
     * Opens {@code path} (following symbolic links) when it is a regular file.
     *
     * @throws NotALogFileException for a directory, device, FIFO or socket, without opening it
     * @throws java.nio.file.NoSuchFileException when nothing is there
     */
    public static InputStream open(Path path) throws IOException {
        requireRegularFile(path);
        return Files.newInputStream(path);
    }

    /** Throws unless {@code path} is a regular file; opening a FIFO would wait for a writer, so nothing is opened. */
    public static void requireRegularFile(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
            return;
        }
        if (attributes.isDirectory()) {
            throw new NotALogFileException(path, "is a directory; give the log files inside it");
        }
        throw new NotALogFileException(path, "is not a regular file (a device, pipe or socket); save the log to a"
                + " file and give that");
    }
}
