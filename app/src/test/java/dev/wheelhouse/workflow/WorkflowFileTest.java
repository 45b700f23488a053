package dev.wheelhouse.workflow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowFileTest {

    @TempDir
    Path dir;

    @Test
    void savingTheLoadedTextGivesIdenticalBytesEvenWithABomAndCrlf() throws Exception {
        Path file = dir.resolve("w.yml");
        byte[] bytes = "\uFEFFon: push\r\njobs: {}\r\n# 😀\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        WorkflowFile loaded = WorkflowFile.load(file);
        loaded.save(loaded.text());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aFileChangedOnDiskIsNotOverwritten() throws Exception {
        Path file = dir.resolve("w.yml");
        Files.writeString(file, "on: push\n");
        WorkflowFile loaded = WorkflowFile.load(file);
        Files.writeString(file, "on: pull_request\n");
        assertThrows(WorkflowFile.ChangedOnDiskException.class, () -> loaded.save("on: workflow_dispatch\n"));
        assertEquals("on: pull_request\n", Files.readString(file));
    }

    @Test
    void aSavedFileCanBeSavedAgainAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("w.yml");
        Files.writeString(file, "a: 1\n");
        WorkflowFile saved = WorkflowFile.load(file).save("a: 2\n");
        saved.save("a: 3\n");
        assertEquals("a: 3\n", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertTrue(files.allMatch(p -> p.getFileName().toString().equals("w.yml")));
        }
    }
}
