package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.workflow.io.WorkflowFolder;

import java.nio.file.Path;

/** The clone a workflow file belongs to: where cibuildwheel's pyproject.toml is read from. */
final class CloneProject {

    private CloneProject() {
    }

    static ProjectFiles of(Path workflow) {
        Path parent = workflow.toAbsolutePath().getParent();
        Path root = null;
        // <clone>/.github/workflows/x.yml names its clone even without .git (a copied folder).
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("workflows")
                && parent.getParent() != null && parent.getParent().getFileName() != null
                && parent.getParent().getFileName().toString().equals(".github")) {
            root = parent.getParent().getParent();
        }
        if (root == null) {
            root = WorkflowFolder.repositoryRoot(workflow);
        }
        return root == null ? ProjectFiles.none() : ProjectFiles.ofDirectory(root);
    }
}
