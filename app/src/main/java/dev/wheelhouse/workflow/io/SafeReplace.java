package dev.wheelhouse.workflow.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one way Wheelhouse replaces a user's file. Under the file's {@link WriterLock} it re-checks
 * that the file is still what was loaded, so two saves (two windows, two {@code matrix edit}s)
 * can never both succeed on the same original; then it writes the new bytes so that the file
 * keeps what the user set up:
 * <ul>
 * <li>a symbolic link is followed and its target edited, the link stays a link;</li>
 * <li>mode, and owner and group where the user may set them, are those of the original;</li>
 * <li>a file the user may not write (no write permission, e.g. 0444) is refused unless forced;</li>
 * <li>a file with one name is replaced atomically: a temporary file beside it, flushed, then
 *     renamed over it, so a crash leaves the old or the new file, never a mix;</li>
 * <li>a file with several hard links is written in place. Renaming would give the edited name a
 *     new inode and leave the other names with the old text, silently undoing what the links are
 *     for; keeping the link wins over atomicity here, as editors do (Vim's {@code backupcopy=auto}
 *     writes such files in place). The cost: a crash in the middle of that write (a few
 *     kilobytes) can leave the file half written.</li>
 * </ul>
 * Temporary files of saves that were killed ({@code .NAME.<n>.tmp}) are removed by the next
 * writer, under the lock, when no save of that file can be in flight.
 */
final class SafeReplace {


    private SafeReplace() {
    }

    /** What a replace needs to know about the file on disk just before writing. */
    interface Check {
        /** Throws when the file on disk (the real path, under the lock) is no longer what was loaded. */
        void verify(Path target) throws WorkflowFileException;
    }

    /**
     * Replaces {@code path}'s content with {@code bytes}.
     * @param force write a file that has no write permission
     * @return the real path written (the link's target for a symbolic link)
     */
    static Path replace(Path path, byte[] bytes, Check check, boolean force) throws WorkflowFileException {
        Path target = realTarget(path);
        boolean exists = Files.exists(target);
        if (exists && !force && readOnly(target)) {
            throw new ReadOnlyFileException(path);
        }
        try (WriterLock ignored = WriterLock.acquire(target)) {
            removeStaleTemporaries(target);
            check.verify(target);
            if (exists && linkCount(target) > 1) {
                writeInPlace(target, bytes, force);
            } else {
                writeAndRename(target, bytes, exists);
            }
            return target;
        } catch (AccessDeniedException e) {
            throw new WorkflowFileException("Wheelhouse may not write to " + target.getParent()
                    + ". Check the folder's permissions or save under another name.", e);
        } catch (WorkflowFileException e) {
            throw e;
        } catch (IOException e) {
            throw new WorkflowFileException("Could not save " + path.getFileName() + ": " + e.getMessage()
                    + ". The file on disk was not changed.", e);
        }
    }

    /** Removes the temporaries killed saves of {@code file} left, when no save of it is under way. */
    static void cleanUpAfterKilledSaves(Path file) {
        Path target = realTarget(file);
        if (!Files.isRegularFile(target)) {
            return;
        }
        try {
            // Nearly always there is nothing to clean: a look at the folder spares a read the
            // writers' lock (a lock file, and the digest that names it).
            if (temporaries(target).isEmpty()) {
                return;
            }
            try (WriterLock ignored = WriterLock.acquire(target)) {
                removeStaleTemporaries(target);
            }
        } catch (IOException e) {
            // Leftovers are harmless; the next save tries again.
        }
    }

    static Pattern temporaryName(Path target) {
        return Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.\\d+\\.tmp");
    }

    private static Path realTarget(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath();
        } catch (IOException e) {
            return path.toAbsolutePath();
        }
    }

    /** No write permission for anyone (0444 even for root), or none for this user. */
    static boolean readOnly(Path target) {
        Optional<Set<PosixFilePermission>> mode = posix(target).map(PosixFileAttributes::permissions);
        if (mode.isPresent() && !mode.get().contains(PosixFilePermission.OWNER_WRITE)
                && !mode.get().contains(PosixFilePermission.GROUP_WRITE)
                && !mode.get().contains(PosixFilePermission.OTHERS_WRITE)) {
            return true;
        }
        return !Files.isWritable(target);
    }

    private static void writeAndRename(Path target, byte[] bytes, boolean exists) throws IOException {
        Path temporary = createTemporary(target);
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                write(out, bytes);
                out.force(true);
            }
            if (exists) {
                keepAttributes(target, temporary);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static void writeInPlace(Path target, byte[] bytes, boolean force) throws IOException {
        Optional<Set<PosixFilePermission>> mode = posix(target).map(PosixFileAttributes::permissions);
        boolean lifted = false;
        if (force && mode.isPresent() && !Files.isWritable(target)) {
            // Forced over a read-only file: writable for the write, its mode back after.
            Set<PosixFilePermission> writable = EnumSet.copyOf(mode.get());
            writable.add(PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(target, writable);
            lifted = true;
        }
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
            write(out, bytes);
            out.truncate(bytes.length);
            out.force(true);
        } finally {
            if (lifted) {
                Files.setPosixFilePermissions(target, mode.get());
            }
        }
    }

    private static void write(FileChannel out, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long position = 0;
        while (buffer.hasRemaining()) {
            position += out.write(buffer, position);
        }
    }

    /** A new file with the umask's mode (createTempFile would make it 0600), named so it is found later. */
    private static Path createTemporary(Path target) throws IOException {
        while (true) {
            long n = Names.RANDOM.nextLong() & Long.MAX_VALUE;
            Path temporary = target.resolveSibling("." + target.getFileName() + "." + n + ".tmp");
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                // Another number.
            }
        }
    }

    private static void keepAttributes(Path original, Path replacement) throws IOException {
        Optional<PosixFileAttributes> attributes = posix(original);
        if (attributes.isEmpty()) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        try {
            view.setGroup(attributes.get().group());
        } catch (FileSystemException e) {
            // Not a group this user belongs to: the folder's default group stays.
        }
        try {
            view.setOwner(attributes.get().owner());
        } catch (FileSystemException e) {
            // Only root may give a file away; the file becomes this user's, as any editor's save does.
        }
        // After chown, which may clear set-id bits.
        view.setPermissions(attributes.get().permissions());
    }

    private static Optional<PosixFileAttributes> posix(Path path) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            return view == null ? Optional.empty() : Optional.of(view.readAttributes());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static int linkCount(Path target) {
        try {
            Object n = Files.getAttribute(target, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return n instanceof Integer i ? i : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    private static void removeStaleTemporaries(Path target) throws IOException {
        for (Path file : temporaries(target)) {
            Files.deleteIfExists(file);
        }
    }

    /** The temporaries of saves of {@code target} in its folder: a save under way's, or a killed one's. */
    private static List<Path> temporaries(Path target) throws IOException {
        Pattern name = temporaryName(target);
        Path folder = target.getParent();
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> name.matcher(f.getFileName().toString()).matches()).toList();
        }
    }

    static String mode(Path target) {
        return posix(target).map(a -> PosixFilePermissions.toString(a.permissions())).orElse("read-only");
    }

    /**
     * Made on the first save, not when a read first touches this class: seeding a SecureRandom
     * opens the system's random device, which `matrix show` (a read) should not pay for.
     */
    private static final class Names {
        static final SecureRandom RANDOM = new SecureRandom();
    }
}
