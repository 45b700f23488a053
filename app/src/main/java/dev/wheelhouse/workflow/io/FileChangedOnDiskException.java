package dev.wheelhouse.workflow.io;

import java.nio.file.Path;

/** The file changed on disk after it was loaded; saving would overwrite someone else's change. */
public final class FileChangedOnDiskException extends WorkflowFileException {

    private final transient Path path;

    public FileChangedOnDiskException(Path path) {
        super(path.getFileName() + " changed on disk since it was opened. Reload it to see the change, "
                + "or save your edit under another name.");
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
