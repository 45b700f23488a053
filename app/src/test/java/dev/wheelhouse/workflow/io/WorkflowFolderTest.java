package dev.wheelhouse.workflow.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkflowFolderTest {

    @TempDir
    Path clone;

    @Test
    void aCloneListsItsYmlAndYamlWorkflowsByName() throws Exception {
        Path workflows = Files.createDirectories(clone.resolve(".github/workflows"));
        Files.createDirectories(clone.resolve(".git"));
        Files.writeString(workflows.resolve("wheels.yml"), "on: push\n");
        Files.writeString(workflows.resolve("ci.yaml"), "on: push\n");
        Files.writeString(workflows.resolve("README.md"), "not a workflow\n");

        assertEquals(List.of(workflows.resolve("ci.yaml"), workflows.resolve("wheels.yml")),
                WorkflowFolder.workflows(clone));
        assertEquals(List.of(workflows.resolve("ci.yaml"), workflows.resolve("wheels.yml")),
                WorkflowFolder.workflows(workflows));
    }

    @Test
    void aFolderWithoutWorkflowsSaysWhatToOpenInstead() {
        WorkflowFileException refused = assertThrows(WorkflowFileException.class,
                () -> WorkflowFolder.workflows(clone));
        assertEquals(clone + " has no .github/workflows folder. Open the root of a repository clone, "
                + "or open a workflow file directly.", refused.getMessage());
    }
}
