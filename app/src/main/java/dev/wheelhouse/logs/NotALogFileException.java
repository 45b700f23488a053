package dev.wheelhouse.logs;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A path that names no regular file: a directory, a device ({@code /dev/zero} never ends), a FIFO
 * (a read waits for a writer) or a socket. Refused before it is opened, with the reason in words.
 */
public final class NotALogFileException extends IOException {

    private final Path path;

    public NotALogFileException(Path path, String reason) {
        super(path + " " + reason);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
