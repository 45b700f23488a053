package dev.wheelhouse.cli;

import dev.wheelhouse.testing.BigWorkflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 2 through the command a user runs: {@code matrix edit} refuses a read-only
 * workflow in one line with exit 1 and writes it only with {@code --force}, keeping its mode;
 * through a symbolic link it edits the file the link names and leaves the link a link.
 * (SafeReplaceTest holds the replace itself: owner, group, hard links, temporaries.)
 */
class MatrixEditFileKeepingTest {

    private static final String[] EXCLUDE = {"--job", "build_wheels", "--exclude", "os=macos-latest,python=cp310"};

    @TempDir
    Path dir;

    @Test
    void aReadOnlyWorkflowIsRefusedInOneLineUnlessForcedAndKeepsItsMode() throws Exception {
        Path file = dir.resolve("release.yml");
        String original = BigWorkflow.of(4_000);
        Files.writeString(file, original, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        CliRun refused = CliRun.of(args(file, false));
        assertEquals(1, refused.exitCode(), refused.err());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("read-only"), refused.err());
        assertEquals(original, Files.readString(file));

        CliRun forced = CliRun.of(args(file, true));
        assertEquals(0, forced.exitCode(), forced.err());
        assertNotEquals(original, Files.readString(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void throughASymbolicLinkTheLinkedFileIsEditedAndTheLinkStays() throws Exception {
        Path real = Files.createDirectories(dir.resolve("checkout")).resolve("release.yml");
        String original = BigWorkflow.of(4_000);
        Files.writeString(real, original, StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("release.yml"), real);

        CliRun edited = CliRun.of(args(link, false));
        assertEquals(0, edited.exitCode(), edited.err());
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertEquals(real, Files.readSymbolicLink(link));
        assertNotEquals(original, Files.readString(real), "the linked file was not edited");
    }

    private static String[] args(Path file, boolean force) {
        String[] args = new String[3 + EXCLUDE.length + (force ? 1 : 0)];
        args[0] = "matrix";
        args[1] = "edit";
        args[2] = file.toString();
        System.arraycopy(EXCLUDE, 0, args, 3, EXCLUDE.length);
        if (force) {
            args[args.length - 1] = "--force";
        }
        return args;
    }
}
