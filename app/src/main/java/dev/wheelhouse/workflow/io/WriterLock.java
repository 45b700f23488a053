package dev.wheelhouse.workflow.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The advisory lock every Wheelhouse writer of one file holds while it checks and replaces it,
 * in this process or another: an OS file lock on a sidecar file named after the real path of
 * the file being saved, in a lock folder of this user in the system's temporary folder.
 *
 * <p>Why not lock the workflow itself: a save replaces it by a rename, and a lock on the old
 * inode does not stop a writer that opens the new one; on Windows such a lock also blocks
 * readers. Why not a sidecar beside it: it would show in {@code git status}, and deleting it
 * after each save opens a race (a waiter locks the deleted file while a newcomer creates and
 * locks a fresh one). A sidecar that is never deleted, away from the repository, has neither
 * problem; a holder killed mid-save loses the lock with its process.
 */
final class WriterLock implements AutoCloseable {

    /**
     * OS locks belong to the process: a second thread of this JVM locking the same file gets an
     * {@code OverlappingFileLockException}, not a wait. Threads here queue on this first.
     */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    /** Blocks until this thread holds the lock of {@code file} (a real path: links resolved). */
    static WriterLock acquire(Path file) throws IOException {
        Path lockFile = lockFileOf(file);
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        inProcess.lock();
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new WriterLock(inProcess, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            inProcess.unlock();
            throw e;
        }
    }

    static Path lockFileOf(Path file) {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "wheelhouse-locks-" + user);
        String key = HexFormat.of().formatHex(WorkflowDisk.sha256Bytes(
                file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8)), 0, 16);
        return folder.resolve(key + ".lock");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            inProcess.unlock();
        }
    }
}
