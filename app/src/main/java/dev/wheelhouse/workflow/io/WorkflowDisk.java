package dev.wheelhouse.workflow.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads and writes workflow files without ever losing the user's bytes: text is decoded
 * strictly (a BOM stays part of the text, so it is written back), a save goes to a temporary file
 * in the same folder and is then moved over the original, and a file that changed since it was
 * loaded is not overwritten.
 */
public final class WorkflowDisk {

    /** GitHub rejects workflow files this large long before; anything bigger is not a workflow. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private WorkflowDisk() {
    }

    public static LoadedWorkflow read(Path path) throws WorkflowFileException {
        byte[] bytes = readBytes(path);
        return new LoadedWorkflow(path, decode(path, bytes), fingerprint(path, bytes));
    }

    /** The file's fingerprint now, or null when it no longer exists. */
    public static Fingerprint current(Path path) throws WorkflowFileException {
        if (!Files.exists(path)) {
            return null;
        }
        return fingerprint(path, readBytes(path));
    }

    /**
     * Writes {@code text} atomically. With {@code expected} set, refuses when the file on disk is
     * no longer what was loaded (null {@code expected}: a new file, or "save as" over a file the
     * user chose to replace).
     * @return the fingerprint of what was written
     */
    public static Fingerprint write(Path path, String text, Fingerprint expected) throws WorkflowFileException {
        if (expected != null) {
            Fingerprint now = current(path);
            if (now == null || !now.sameContentAs(expected)) {
                throw new FileChangedOnDiskException(path);
            }
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path directory = path.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, "." + path.getFileName() + ".", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (AccessDeniedException e) {
            throw new WorkflowFileException("Wheelhouse may not write to " + directory
                    + ". Check the folder's permissions or save under another name.", e);
        } catch (IOException e) {
            throw new WorkflowFileException("Could not save " + path.getFileName() + ": " + e.getMessage()
                    + ". The file on disk was not changed.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A stray temporary file is harmless; the original is untouched.
                }
            }
        }
        return fingerprint(path, bytes);
    }

    private static byte[] readBytes(Path path) throws WorkflowFileException {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new WorkflowFileException(path.getFileName() + " is " + size / (1024 * 1024)
                        + " MB; a workflow file is far smaller. Open the workflow YAML file itself.");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new WorkflowFileException("There is no file " + path + ". It may have been moved or deleted.", e);
        } catch (AccessDeniedException e) {
            throw new WorkflowFileException("Wheelhouse may not read " + path + ". Check the file's permissions.", e);
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                throw new WorkflowFileException(path + " is a folder. Open a workflow file, or open the folder "
                        + "as a repository to list its workflows.", e);
            }
            throw new WorkflowFileException("Could not read " + path + ": " + e.getMessage(), e);
        }
    }

    private static String decode(Path path, byte[] bytes) throws WorkflowFileException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new WorkflowFileException(path.getFileName()
                        + " is a binary file, not a workflow. Open a .yml file from .github/workflows.");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new WorkflowFileException(path.getFileName()
                    + " is not UTF-8 text; GitHub reads workflows as UTF-8. Convert the file and open it again.", e);
        }
    }

    private static Fingerprint fingerprint(Path path, byte[] bytes) throws WorkflowFileException {
        long modified;
        try {
            modified = Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            modified = -1;
        }
        return new Fingerprint(bytes.length, modified, sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
