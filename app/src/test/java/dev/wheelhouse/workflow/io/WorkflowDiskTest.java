package dev.wheelhouse.workflow.io;

import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowDiskTest {

    @TempDir
    Path dir;

    @Test
    void everySampleReadsAndWritesBackByteForByte() throws Exception {
        for (Path sample : Samples.allWorkflowFiles()) {
            Path copy = dir.resolve(sample.getFileName());
            Files.copy(sample, copy);
            LoadedWorkflow loaded = WorkflowDisk.read(copy);
            WorkflowDisk.write(copy, loaded.text(), loaded.fingerprint());
            assertArrayEquals(Files.readAllBytes(sample), Files.readAllBytes(copy), sample.toString());
        }
    }

    @Test
    void aByteOrderMarkAndCrlfSurviveARoundTrip() throws Exception {
        Path file = dir.resolve("bom.yml");
        byte[] original = "\uFEFFon: push\r\njobs: {}\r\n# 😀 an emoji outside the BMP\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, original);
        LoadedWorkflow loaded = WorkflowDisk.read(file);
        WorkflowDisk.write(file, loaded.text(), loaded.fingerprint());
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    void savingRefusesAFileThatChangedOnDiskAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("release.yml");
        Files.writeString(file, "on: push\n");
        LoadedWorkflow loaded = WorkflowDisk.read(file);
        Files.writeString(file, "on: [push, pull_request]\n");

        FileChangedOnDiskException refused = assertThrows(FileChangedOnDiskException.class,
                () -> WorkflowDisk.write(file, "on: workflow_dispatch\n", loaded.fingerprint()));
        assertTrue(refused.getMessage().contains("changed on disk"), refused.getMessage());
        assertEquals("on: [push, pull_request]\n", Files.readString(file));
    }

    @Test
    void aChangeOfTheSameSizeAndTimeIsStillNoticed() throws Exception {
        Path file = dir.resolve("release.yml");
        Files.writeString(file, "on: push\nruns-on: ubuntu-22.04\n");
        LoadedWorkflow loaded = WorkflowDisk.read(file);
        var time = Files.getLastModifiedTime(file);
        Files.writeString(file, "on: push\nruns-on: ubuntu-24.04\n");
        Files.setLastModifiedTime(file, time);

        assertThrows(FileChangedOnDiskException.class,
                () -> WorkflowDisk.write(file, "on: workflow_dispatch\n", loaded.fingerprint()));
        assertEquals("on: push\nruns-on: ubuntu-24.04\n", Files.readString(file));
    }

    @Test
    void aSaveLeavesNoTemporaryFileBehind() throws Exception {
        Path file = dir.resolve("release.yml");
        Files.writeString(file, "on: push\n");
        LoadedWorkflow loaded = WorkflowDisk.read(file);
        WorkflowDisk.write(file, "on: workflow_dispatch\n", loaded.fingerprint());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        assertEquals("on: workflow_dispatch\n", Files.readString(file));
    }

    @Test
    void binaryAndNonUtf8FilesAreRefusedWithAReason() throws Exception {
        Path binary = dir.resolve("image.yml");
        Files.write(binary, new byte[] {'o', 'n', 0, 1, 2});
        Path latin1 = dir.resolve("latin1.yml");
        Files.write(latin1, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});

        assertTrue(assertThrows(WorkflowFileException.class, () -> WorkflowDisk.read(binary))
                .getMessage().contains("binary"));
        assertTrue(assertThrows(WorkflowFileException.class, () -> WorkflowDisk.read(latin1))
                .getMessage().contains("not UTF-8"));
    }

    @Test
    void aMissingFileSaysSo() {
        WorkflowFileException missing = assertThrows(WorkflowFileException.class,
                () -> WorkflowDisk.read(dir.resolve("gone.yml")));
        assertTrue(missing.getMessage().startsWith("There is no file"), missing.getMessage());
    }
}
