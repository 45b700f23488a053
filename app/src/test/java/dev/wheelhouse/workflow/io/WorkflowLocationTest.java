package dev.wheelhouse.workflow.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowLocationTest {

    @TempDir
    Path outer;

    @Test
    void aProjectKeptInsideAnotherCloneIsItsOwnRepository() throws Exception {
        // The README's bundled sample: resources/samples/satkit/.github/workflows/release.yml in Wheelhouse's clone.
        Files.createDirectories(outer.resolve(".git"));
        Path project = outer.resolve("resources/samples/satkit");
        Path workflow = Files.createDirectories(project.resolve(".github/workflows")).resolve("release.yml");

        WorkflowLocation location = WorkflowLocation.of(workflow);

        assertEquals(".github/workflows/release.yml", location.repositoryPath());
        assertEquals(Optional.of(project.toAbsolutePath().normalize()), location.root());
        assertTrue(location.inWorkflowsFolder());
    }

    @Test
    void aCopiedFolderWithoutGitStillNamesItsRoot() {
        Path workflow = outer.resolve("copy/.github/workflows/wheels.yaml");

        assertEquals(Optional.of(outer.resolve("copy").toAbsolutePath().normalize()), WorkflowLocation.of(workflow).root());
        assertEquals(".github/workflows/wheels.yaml", WorkflowLocation.of(workflow).repositoryPath());
    }

    @Test
    void aFileOutsideAWorkflowsFolderDoesNotBorrowTheEnclosingClone() throws Exception {
        Files.createDirectories(outer.resolve(".git"));
        Path loose = Files.createDirectories(outer.resolve("samples/workflows-by-hand")).resolve("release.yml");

        WorkflowLocation location = WorkflowLocation.of(loose);

        assertEquals(Optional.empty(), location.root());
        assertEquals(".github/workflows/release.yml", location.repositoryPath());
        assertFalse(location.inWorkflowsFolder());
    }
}
