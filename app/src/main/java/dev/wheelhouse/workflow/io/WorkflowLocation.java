package dev.wheelhouse.workflow.io;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a local workflow file sits in its repository. GitHub reads workflows only from the
 * repository's top-level {@code .github/workflows} folder, so a file in a folder of that name
 * belongs to the repository whose root holds that {@code .github}, whatever git clone encloses it
 * (a sample project kept inside another clone, a copied folder without {@code .git}). A file
 * outside such a folder has no repository root that can be told: the enclosing clone is as likely
 * another project's, so it is not guessed.
 *
 * @param file           the file, absolute and normalised
 * @param root           the repository's root on this computer, if it can be told
 * @param repositoryPath the path GitHub knows the workflow by: {@code .github/workflows/NAME}
 * @param inWorkflowsFolder whether the file sits in a {@code .github/workflows} folder
 */
public record WorkflowLocation(Path file, Optional<Path> root, String repositoryPath, boolean inWorkflowsFolder) {

    private static final String WORKFLOWS = ".github/workflows/";

    /** The location of {@code workflow}, a file path that need not exist. */
    public static WorkflowLocation of(Path workflow) {
        Path file = workflow.toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        Path parent = file.getParent();
        if (parent != null && parent.getParent() != null && named(parent, "workflows")
                && named(parent.getParent(), ".github")) {
            return new WorkflowLocation(file, Optional.ofNullable(parent.getParent().getParent()), WORKFLOWS + name, true);
        }
        return new WorkflowLocation(file, Optional.empty(), WORKFLOWS + name, false);
    }

    private static boolean named(Path p, String name) {
        return p.getFileName() != null && p.getFileName().toString().equals(name);
    }
}
