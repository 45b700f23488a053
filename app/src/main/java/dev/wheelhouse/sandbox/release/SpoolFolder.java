package dev.wheelhouse.sandbox.release;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's artifact folder in the temp folder, locked for as long as its store is open. A shutdown hook cannot
 * clean up after every end: a window killed outright, or whose display went away at logout before its hooks ran,
 * left its folder behind each time. The operating system drops a dead process's locks, so a store that starts
 * removes the folders nobody holds any more.
 *
 * <p>Only folders named as these are, owned by this user and holding nothing but files are removed; a link
 * named so is never followed. A folder without a lock file (made by an older version) goes once it is a day old.
 */
final class SpoolFolder implements AutoCloseable {

    static final String PREFIX = "wheelhouse-sandbox-artifacts";
    static final String LOCK = ".lock";
    static final Duration UNLOCKED_AGE = Duration.ofDays(1);

    /**
     * This JVM's own folders: never swept by it. Closing any channel of a file drops the whole process's
     * locks on it on POSIX systems, so this JVM must not even try the lock of a folder it holds.
     */
    private static final Set<Path> OWN = ConcurrentHashMap.newKeySet();

    private final Path path;
    private final FileChannel lockChannel;

    private SpoolFolder(Path path, FileChannel lockChannel) {
        this.path = path;
        this.lockChannel = lockChannel;
    }

    /** Makes a new folder in {@code root}, locked, and sweeps the others. */
    static SpoolFolder create(Path root) throws IOException {
        Path dir = Files.createTempDirectory(root, PREFIX);
        OWN.add(dir);
        FileChannel lock = lock(dir);
        try {
            sweep(root, Files.getOwner(dir), Instant.now());
        } catch (IOException | RuntimeException e) {
            // The owner unknown: nothing is swept this time.
        }
        return new SpoolFolder(dir, lock);
    }

    /**
     * Locks the folder: locked under another name, then renamed, so a sweeper never sees the lock file unlocked.
     * Null where the system would not (the folder is then swept only once it is a day old).
     */
    private static FileChannel lock(Path dir) {
        Path pending = dir.resolve(LOCK + ".new");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(pending, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            channel.lock();
            Files.move(pending, dir.resolve(LOCK), StandardCopyOption.ATOMIC_MOVE);
            return channel;
        } catch (IOException | RuntimeException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
                Files.deleteIfExists(pending);
            } catch (IOException ignored) {
                // Left for the day-old sweep.
            }
            return null;
        }
    }

    Path path() {
        return path;
    }

    /** Lets go of the lock and deletes the folder; harmless twice. */
    @Override
    public void close() {
        try {
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // Closing drops the lock whatever it says.
        }
        deleteFiles(path);
        OWN.remove(path);
    }

    /** Removes the folders in {@code root} that no live process holds; returns how many went. */
    static int sweep(Path root, UserPrincipal owner, Instant now) {
        int removed = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path dir : folders) {
                if (!OWN.contains(dir) && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                        && owner.equals(Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS)) && abandoned(dir, now)) {
                    removed += deleteFiles(dir) ? 1 : 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying is best effort: a folder left now is tried again at the next start.
        }
        return removed;
    }

    /** Whether no process holds the folder's lock (or, with no lock file, whether it is old). */
    private static boolean abandoned(Path dir, Instant now) throws IOException {
        Path lock = dir.resolve(LOCK);
        if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
            return Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(now.minus(UNLOCKED_AGE));
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return false;
            }
            held.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    /** Deletes the folder's files (a link, not what it points to) and then the folder; false when something stays. */
    private static boolean deleteFiles(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
