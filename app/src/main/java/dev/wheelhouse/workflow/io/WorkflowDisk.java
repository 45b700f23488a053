package dev.wheelhouse.workflow.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Reads and writes workflow files without ever losing the user's bytes: text is read by the
 * {@link BoundedTextReader} (regular files only, bounded, strict UTF-8; a BOM stays part of the
 * text, so it is written back), and a save goes through {@link SafeReplace}: under a lock shared
 * with every other Wheelhouse writer, refused when the file changed since it was loaded, keeping
 * the file's mode, owner, links and hard links.
 */
public final class WorkflowDisk {

    /** GitHub rejects workflow files this large long before; anything bigger is not a workflow. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final BoundedTextReader READER = new BoundedTextReader(MAX_BYTES);

    private WorkflowDisk() {
    }

    /** Reads a workflow; temporary files that killed saves of it left behind are removed first. */
    public static LoadedWorkflow read(Path path) throws WorkflowFileException {
        byte[] bytes = READER.readBytes(path, "workflow");
        String text = BoundedTextReader.decode(path, bytes, "workflow");
        SafeReplace.cleanUpAfterKilledSaves(path);
        return new LoadedWorkflow(path, text, fingerprint(path, bytes));
    }

    /** The file's fingerprint now, or null when it no longer exists. */
    public static Fingerprint current(Path path) throws WorkflowFileException {
        if (!Files.exists(path)) {
            return null;
        }
        return fingerprint(path, READER.readBytes(path, "workflow"));
    }

    /** {@link #write(Path, String, Fingerprint, boolean)} that refuses a read-only file. */
    public static Fingerprint write(Path path, String text, Fingerprint expected) throws WorkflowFileException {
        return write(path, text, expected, false);
    }

    /**
     * Writes {@code text} safely (see {@link SafeReplace}). With {@code expected} set, refuses when
     * the file on disk is no longer what was loaded, checked under the writers' lock (null
     * {@code expected}: a new file, or "save as" over a file the user chose to replace).
     * @param force write over a file that has no write permission
     * @return the fingerprint of what was written
     * @throws FileChangedOnDiskException when the file changed since it was loaded
     * @throws ReadOnlyFileException when the file is read-only and {@code force} is not set
     */
    public static Fingerprint write(Path path, String text, Fingerprint expected, boolean force)
            throws WorkflowFileException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path written = SafeReplace.replace(path, bytes, target -> {
            if (expected != null) {
                Fingerprint now = current(target);
                if (now == null || !now.sameContentAs(expected)) {
                    throw new FileChangedOnDiskException(path);
                }
            }
        }, force);
        return fingerprint(written, bytes);
    }

    private static Fingerprint fingerprint(Path path, byte[] bytes) {
        long modified;
        try {
            modified = Files.getLastModifiedTime(path).toMillis();
        } catch (java.io.IOException e) {
            modified = -1;
        }
        return new Fingerprint(modified, bytes);
    }

    static byte[] sha256Bytes(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
