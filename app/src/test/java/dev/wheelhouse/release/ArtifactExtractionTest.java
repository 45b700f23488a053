package dev.wheelhouse.release;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArtifactExtractionTest {

    @TempDir
    Path folder;

    private Path zip(String... names) throws IOException {
        Path zip = folder.resolve("a.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : names) {
                z.putNextEntry(new ZipEntry(name));
                z.write(name.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void unpacksFilesAndFolders() throws IOException {
        Path target = folder.resolve("out");
        List<Path> files = ArtifactExtraction.extract(zip("p-1.tar.gz", "wheelhouse/p-1-py3-none-any.whl"), target);
        assertEquals(2, files.size());
        assertEquals("wheelhouse/p-1-py3-none-any.whl",
                Files.readString(target.resolve("wheelhouse/p-1-py3-none-any.whl")));
    }

    @Test
    void anEntryThatWouldLeaveTheFolderIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path target = folder.resolve("out");
        IOException e = assertThrows(IOException.class,
                () -> ArtifactExtraction.extract(zip("ok.whl", "../../evil.sh"), target));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        assertFalse(Files.exists(target.resolve("ok.whl")));
        assertFalse(Files.exists(folder.getParent().resolve("evil.sh")));
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path target = Files.createDirectories(folder.resolve("out"));
        Files.writeString(target.resolve("b.whl"), "mine");
        assertThrows(FileAlreadyExistsException.class, () -> ArtifactExtraction.extract(zip("a.whl", "b.whl"), target));
        assertEquals("mine", Files.readString(target.resolve("b.whl")));
        assertFalse(Files.exists(target.resolve("a.whl")));
    }
}
