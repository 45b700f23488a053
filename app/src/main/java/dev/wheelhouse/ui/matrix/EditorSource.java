package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.github.RemoteFile;
import dev.wheelhouse.workflow.io.LoadedWorkflow;

import java.nio.file.Path;
import java.util.Optional;

/** Where the open document came from: a file on disk, or a file read from GitHub at a ref. */
public sealed interface EditorSource {

    /** The text as it was loaded: what the diff and "dirty" compare against. */
    String loadedText();

    /** A short name for diffs and titles. */
    String fileName();

    /** What the title bar shows. */
    String title();

    /** A file on disk (a clone, or anywhere). */
    record Local(LoadedWorkflow file) implements EditorSource {
        @Override
        public String loadedText() {
            return file.text();
        }

        @Override
        public String fileName() {
            return file.path().getFileName().toString();
        }

        @Override
        public String title() {
            return fileName();
        }
    }

    /** A file read from GitHub: pushing it back needs its blob sha. */
    record Remote(RemoteFile file) implements EditorSource {
        @Override
        public String loadedText() {
            return file.text();
        }

        @Override
        public String fileName() {
            String path = file.path();
            return path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public String title() {
            return file.repository().fullName() + ": " + fileName() + " @ " + file.ref();
        }
    }

    default Optional<Path> localPath() {
        return this instanceof Local local ? Optional.of(local.file().path()) : Optional.empty();
    }

    default Optional<RemoteFile> remote() {
        return this instanceof Remote remote ? Optional.of(remote.file()) : Optional.empty();
    }
}
