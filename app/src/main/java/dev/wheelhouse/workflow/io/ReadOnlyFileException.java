package dev.wheelhouse.workflow.io;

import java.nio.file.Path;

/** The file has no write permission; saving over it needs the user to say so (--force). */
public final class ReadOnlyFileException extends WorkflowFileException {

    public ReadOnlyFileException(Path path) {
        super(path.getFileName() + " is read-only (" + SafeReplace.mode(path) + "). Make it writable "
                + "(chmod u+w), save under another name, or pass --force to write it anyway.");
    }
}
