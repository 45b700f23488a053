package dev.wheelhouse.workflow.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The one safe replace: every save of a user's file goes through it (issue 11, items 2-4). */
class SafeReplaceTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aSaveKeepsTheFilesMode() throws Exception {
        Path file = file("release.yml", "on: push\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        LoadedWorkflow loaded = WorkflowDisk.read(file);

        WorkflowDisk.write(file, "on: workflow_dispatch\n", loaded.fingerprint());

        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("on: workflow_dispatch\n", Files.readString(file));
    }

    @Test
    void aSaveKeepsOwnerAndGroupWhereTheUserMaySetThem() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root may give a file to another user");
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody = users.lookupPrincipalByName("nobody");
        GroupPrincipal nogroup = users.lookupPrincipalByGroupName("nogroup");
        Path file = file("release.yml", "on: push\n");
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        view.setOwner(nobody);
        view.setGroup(nogroup);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        WorkflowDisk.write(file, "on: workflow_dispatch\n", WorkflowDisk.read(file).fingerprint());

        assertEquals(nobody, Files.getOwner(file));
        assertEquals(nogroup, view.readAttributes().group());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsEdited() throws Exception {
        Files.createDirectories(dir.resolve("real"));
        Path target = dir.resolve("real").resolve("release.yml");
        Files.writeString(target, "on: push\n");
        Path link = Files.createSymbolicLink(dir.resolve("release.yml"), Path.of("real", "release.yml"));

        WorkflowDisk.write(link, "on: workflow_dispatch\n", WorkflowDisk.read(link).fingerprint());

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("on: workflow_dispatch\n", Files.readString(target));
    }

    @Test
    void aHardLinkIsKept() throws Exception {
        Path file = file("release.yml", "on: push\n");
        Path other = Files.createLink(dir.resolve("copy.yml"), file);

        WorkflowDisk.write(file, "on: workflow_dispatch\n", WorkflowDisk.read(file).fingerprint());

        assertEquals("on: workflow_dispatch\n", Files.readString(other));
        assertEquals(Files.readAttributes(file, "unix:ino").get("ino"), Files.readAttributes(other, "unix:ino").get("ino"));
    }

    @Test
    void aReadOnlyFileIsRefusedUnlessForcedAndKeepsItsMode() throws Exception {
        Path file = file("release.yml", "on: push\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        LoadedWorkflow loaded = WorkflowDisk.read(file);

        ReadOnlyFileException refused = assertThrows(ReadOnlyFileException.class,
                () -> WorkflowDisk.write(file, "on: workflow_dispatch\n", loaded.fingerprint()));
        assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
        assertEquals("on: push\n", Files.readString(file));

        WorkflowDisk.write(file, "on: workflow_dispatch\n", loaded.fingerprint(), true);
        assertEquals("on: workflow_dispatch\n", Files.readString(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void temporariesOfKilledSavesAreRemovedByTheNextReadAndOnlyThose() throws Exception {
        Path file = file("release.yml", "on: push\n");
        Files.writeString(dir.resolve(".release.yml.8734110923.tmp"), "half a save");
        Files.writeString(dir.resolve(".other.yml.12.tmp"), "another file's");
        Files.writeString(dir.resolve("notes.tmp"), "the user's");

        WorkflowDisk.read(file);

        assertFalse(Files.exists(dir.resolve(".release.yml.8734110923.tmp")));
        assertTrue(Files.exists(dir.resolve(".other.yml.12.tmp")));
        assertTrue(Files.exists(dir.resolve("notes.tmp")));
    }

    @Test
    void ofManyConcurrentSavesOfOneOriginalExactlyOneWins() throws Exception {
        String original = "on: push\n" + "# padding that makes a save take a while\n".repeat(40_000);
        Path file = file("release.yml", original);
        LoadedWorkflow loaded = WorkflowDisk.read(file);
        int writers = 12;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String text = original + "# writer " + i + "\n";
                Callable<Boolean> save = () -> {
                    start.await();
                    try {
                        WorkflowDisk.write(file, text, loaded.fingerprint());
                        return true;
                    } catch (FileChangedOnDiskException e) {
                        return false;
                    }
                };
                results.add(pool.submit(save));
            }
            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                if (results.get(i).get()) {
                    winners.add(i);
                }
            }
            assertEquals(1, winners.size(), "writers that were told their save succeeded: " + winners);
            assertEquals(original + "# writer " + winners.get(0) + "\n", Files.readString(file, StandardCharsets.UTF_8));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theWritersLockIsOneForEveryNameOfAFile() throws Exception {
        Path file = file("release.yml", "on: push\n");
        assertEquals(WriterLock.lockFileOf(file.toRealPath()), WriterLock.lockFileOf(dir.resolve(".").resolve("release.yml").toRealPath()));
        assertFalse(WriterLock.lockFileOf(file).startsWith(dir), "the lock file is not left in the user's repository");
    }
}
