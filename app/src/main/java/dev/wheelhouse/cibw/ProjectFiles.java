package dev.wheelhouse.cibw;

import dev.wheelhouse.workflow.io.BoundedTextReader;
import dev.wheelhouse.workflow.io.WorkflowFileException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to the files of the repository a workflow belongs to, by repository-relative path
 * ({@code pyproject.toml}, {@code python/pyproject.toml}): where cibuildwheel's configuration lives.
 */
public interface ProjectFiles {

    /** The bound for a project file: a pyproject.toml is a few kilobytes. */
    BoundedTextReader PYPROJECT = new BoundedTextReader(8L * 1024 * 1024);

    /**
     * The text of a file, or empty when it does not exist.
     *
     * @throws UncheckedIOException when it exists but cannot be read; its message says why, for the user
     */
    Optional<String> read(String path);

    /** Whether this is a real view of the repository; {@code false} when only the workflow is at hand. */
    default boolean available() {
        return true;
    }

    /** No repository at hand: pyproject settings are unknown, and plans say so. */
    static ProjectFiles none() {
        return new ProjectFiles() {
            @Override
            public Optional<String> read(String path) {
                return Optional.empty();
            }

            @Override
            public boolean available() {
                return false;
            }
        };
    }

    /** Files given in memory, by path. */
    static ProjectFiles of(Map<String, String> files) {
        Map<String, String> copy = Map.copyOf(files);
        return path -> Optional.ofNullable(copy.get(path));
    }

    /** A local clone. Paths that would leave the clone's directory read as absent. */
    static ProjectFiles ofDirectory(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return path -> {
            Path file = base.resolve(path).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(PYPROJECT.readText(file, "TOML"));
            } catch (WorkflowFileException e) {
                throw new UncheckedIOException(e.getMessage(), new IOException(e));
            }
        };
    }
}
