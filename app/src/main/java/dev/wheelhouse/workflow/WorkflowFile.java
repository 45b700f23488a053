package dev.wheelhouse.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A workflow file on disk as it was loaded: its path, its text and a fingerprint of its bytes.
 * Saving writes a temporary file next to it and moves it over the original, and refuses when
 * the file changed on disk since it was loaded, so nobody's edit is silently lost.
 */
public final class WorkflowFile {

    /** The file on disk is no longer the one that was loaded. */
    public static final class ChangedOnDiskException extends IOException {
        public ChangedOnDiskException(Path path) {
            super(path + " changed on disk since it was loaded; reload it, or save under another name.");
        }
    }

    private final Path path;
    private final String text;
    private final byte[] fingerprint;

    private WorkflowFile(Path path, String text, byte[] fingerprint) {
        this.path = path;
        this.text = text;
        this.fingerprint = fingerprint;
    }

    /** Reads the file as UTF-8 (a byte order mark is kept as part of the text). */
    public static WorkflowFile load(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return new WorkflowFile(path, text, digest(bytes));
    }

    public Path path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** Whether the bytes on disk are still the ones loaded. */
    public boolean unchangedOnDisk() throws IOException {
        return Files.exists(path) && Arrays.equals(fingerprint, digest(Files.readAllBytes(path)));
    }

    /**
     * Writes new text over the loaded file (atomically where the file system allows) and returns
     * the file as now saved.
     *
     * @throws ChangedOnDiskException when the file changed since it was loaded; nothing is written
     */
    public WorkflowFile save(String newText) throws IOException {
        if (!unchangedOnDisk()) {
            throw new ChangedOnDiskException(path);
        }
        return saveAs(path, newText);
    }

    /** Writes the text to {@code target} atomically, whatever is there. */
    public static WorkflowFile saveAs(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return new WorkflowFile(target, text, digest(bytes));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
