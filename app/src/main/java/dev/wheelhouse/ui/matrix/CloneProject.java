package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.workflow.io.WorkflowLocation;

import java.nio.file.Path;

/** The clone a workflow file belongs to: where cibuildwheel's pyproject.toml is read from. */
final class CloneProject {

    private CloneProject() {
    }

    static ProjectFiles of(Path workflow) {
        return WorkflowLocation.of(workflow).root().map(ProjectFiles::ofDirectory).orElseGet(ProjectFiles::none);
    }
}
