package dev.wheelhouse.sandbox.release;

import dev.wheelhouse.testing.HoldingProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A spool folder left by a process that ended without its hooks (killed, or its display gone) is removed when the
 * next store starts; one a live process holds, another user's, or a link named like one is not.
 */
class SpoolFolderTest {

    @TempDir
    Path root;

    /** Holds a spool folder in the temp folder it is given, with a file in it, until it is ended. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            SpoolFolder folder = SpoolFolder.create(Path.of(args[0]));
            Files.writeString(folder.path().resolve("1.zip"), "an artifact");
            HoldingProcess.announceAndWait(folder.path());
        }
    }

    @Test
    void aKilledHoldersFolderGoesAtTheNextStartAndALiveOnesStays() throws Exception {
        try (HoldingProcess holder = HoldingProcess.start(Holder.class, root.toString())) {
            Path held = holder.path();

            try (SpoolFolder mine = SpoolFolder.create(root)) {
                assertTrue(Files.isRegularFile(held.resolve("1.zip")), "a live process's folder was removed");
            }

            holder.process().destroyForcibly();
            assertTrue(holder.process().waitFor(30, TimeUnit.SECONDS), "the holder did not end");
            assertTrue(Files.exists(held), "SIGKILL runs no hook: the folder should still be there");

            try (SpoolFolder next = SpoolFolder.create(root)) {
                assertFalse(Files.exists(held), held + " was left behind by a store that started after its holder died");
                assertTrue(Files.isDirectory(next.path()));
            }
        }
    }

    @Test
    void aFolderNobodyLocksIsRemovedWithItsFiles() throws Exception {
        Path dead = Files.createDirectory(root.resolve(SpoolFolder.PREFIX + "123"));
        Files.writeString(dead.resolve(SpoolFolder.LOCK), "");
        Files.writeString(dead.resolve("7.zip"), "an artifact");

        try (SpoolFolder fresh = SpoolFolder.create(root)) {
            assertFalse(Files.exists(dead));
        }
    }

    @Test
    void thisJvmsOwnFoldersStayWhileOpenAndGoWhenClosed() throws Exception {
        SpoolFolder first = SpoolFolder.create(root);
        Files.writeString(first.path().resolve("1.zip"), "an artifact");
        try (SpoolFolder second = SpoolFolder.create(root)) {
            assertTrue(Files.isRegularFile(first.path().resolve("1.zip")));
            // The first folder's lock still holds after the second store looked around.
            SpoolFolder.sweep(root, Files.getOwner(root), Instant.now());
            assertTrue(Files.exists(first.path()));
        }
        first.close();
        assertFalse(Files.exists(first.path()));
        first.close();
    }

    @Test
    void aFolderWithoutALockFileGoesOnlyOnceItIsADayOld() throws Exception {
        Path young = Files.createDirectory(root.resolve(SpoolFolder.PREFIX + "young"));
        Path old = Files.createDirectory(root.resolve(SpoolFolder.PREFIX + "old"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(SpoolFolder.UNLOCKED_AGE).minusSeconds(60)));

        assertEquals(1, SpoolFolder.sweep(root, Files.getOwner(root), Instant.now()));

        assertTrue(Files.exists(young));
        assertFalse(Files.exists(old));
    }

    @Test
    void aLinkNamedLikeAFolderIsNotFollowed() throws Exception {
        Path elsewhere = Files.createDirectory(root.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve(SpoolFolder.LOCK), "");
        Files.writeString(elsewhere.resolve("keep.txt"), "the user's");
        Path link = Files.createSymbolicLink(root.resolve(SpoolFolder.PREFIX + "link"), elsewhere);

        SpoolFolder.sweep(root, Files.getOwner(root), Instant.now());

        assertTrue(Files.isRegularFile(elsewhere.resolve("keep.txt")));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aFolderWithASubfolderKeepsIt() throws Exception {
        Path dead = Files.createDirectory(root.resolve(SpoolFolder.PREFIX + "nested"));
        Files.writeString(dead.resolve(SpoolFolder.LOCK), "");
        Files.writeString(Files.createDirectory(dead.resolve("sub")).resolve("keep.txt"), "not ours to judge");

        assertEquals(0, SpoolFolder.sweep(root, Files.getOwner(root), Instant.now()));

        assertTrue(Files.isRegularFile(dead.resolve("sub/keep.txt")));
    }
}
