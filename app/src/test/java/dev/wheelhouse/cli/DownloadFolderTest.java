package dev.wheelhouse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code download -D} naming a file, or a path under one, is refused before anything is fetched: one line, exit 2. */
class DownloadFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsNotAFolderToDownloadInto() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "the user's");

        CliRun run = CliRun.of("download", "--repo=o/r", "--run=1", "--api=http://127.0.0.1:9", "-D", file.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertEquals("wheelhouse download: " + file + " is a file, not a folder; give -D a folder to download into.",
                run.err().strip());
        assertEquals("the user's", Files.readString(file));
    }

    @Test
    void aPathUnderAFileCannotBeMade() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "the user's");

        CliRun run = CliRun.of("download", "--repo=o/r", "--run=1", "--api=http://127.0.0.1:9", "-D",
                file.resolve("wheels").toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("wheelhouse download: " + file.resolve("wheels") + " cannot be made: " + file
                + " is a file"), run.err());
    }

    @Test
    void aFolderNotYetMadeIsFine() {
        assertEquals(java.util.Optional.empty(), DownloadCommand.unusableFolder(dir.resolve("new/wheels")));
        assertEquals(java.util.Optional.empty(), DownloadCommand.unusableFolder(dir));
    }
}
