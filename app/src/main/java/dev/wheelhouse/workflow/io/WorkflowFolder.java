package dev.wheelhouse.workflow.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The workflow files of a repository clone: {@code .github/workflows/*.yml} and {@code *.yaml}. */
public final class WorkflowFolder {

    private WorkflowFolder() {
    }

    /**
     * Lists the workflows of {@code folder}: a clone's root, its {@code .github} folder, or the
     * {@code workflows} folder itself. Sorted by file name.
     */
    public static List<Path> workflows(Path folder) throws WorkflowFileException {
        Path workflows = locate(folder);
        try (Stream<Path> files = Files.list(workflows)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new WorkflowFileException("Could not list " + workflows + ": " + e.getMessage(), e);
        }
    }

    private static Path locate(Path folder) throws WorkflowFileException {
        for (Path candidate : List.of(folder.resolve(".github").resolve("workflows"), folder.resolve("workflows"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        if (folder.getFileName() != null && folder.getFileName().toString().equals("workflows")
                && Files.isDirectory(folder)) {
            return folder;
        }
        throw new WorkflowFileException(folder + " has no .github/workflows folder. Open the root of a "
                + "repository clone, or open a workflow file directly.");
    }
}
