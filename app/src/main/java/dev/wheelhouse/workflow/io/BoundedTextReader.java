package dev.wheelhouse.workflow.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The one way a user's text input (a workflow, a {@code pyproject.toml}) is read: only a regular
 * file (a symbolic link to one is fine), at most {@code maxBytes} whatever size the file claims,
 * decoded strictly as UTF-8 with the encoding named when it is UTF-16 or UTF-32.
 *
 * <p>A device ({@code /dev/zero}), a FIFO or a socket is refused before it is opened: opening a
 * FIFO blocks until a writer comes, and a device has no end. The bound is applied while reading,
 * because a file's reported size can be wrong ({@code /proc} files report 0).
 */
public final class BoundedTextReader {

    private final long maxBytes;

    public BoundedTextReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The file's bytes, at most the bound; {@code what} names the kind of file in messages ("workflow"). */
    public byte[] readBytes(Path path, String what) throws WorkflowFileException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new WorkflowFileException("There is no file " + path + ". It may have been moved or deleted.", e);
        } catch (AccessDeniedException e) {
            throw new WorkflowFileException("Wheelhouse may not read " + path + ". Check the file's permissions.", e);
        } catch (IOException e) {
            throw new WorkflowFileException("Could not read " + path + ": " + e.getMessage(), e);
        }
        if (attributes.isDirectory()) {
            throw new WorkflowFileException(path + " is a folder. Give a " + what + " file, or open the folder "
                    + "as a repository to list its workflows.");
        }
        if (!attributes.isRegularFile()) {
            throw new WorkflowFileException(path + " is not a regular file (a device, pipe or socket); give a "
                    + what + " file saved on disk.");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(path, what);
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(path, what);
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new WorkflowFileException("Wheelhouse may not read " + path + ". Check the file's permissions.", e);
        } catch (IOException e) {
            throw new WorkflowFileException("Could not read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The file's text, strictly UTF-8; a byte order mark stays part of the text. */
    public String readText(Path path, String what) throws WorkflowFileException {
        return decode(path, readBytes(path, what), what);
    }

    /** Strict UTF-8; UTF-16/32 is named, other bytes with NULs are called binary. */
    public static String decode(Path path, byte[] bytes, String what) throws WorkflowFileException {
        Optional<String> wide = TextEncoding.wideEncoding(bytes, bytes.length);
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (wide.isPresent()) {
            throw new WorkflowFileException(name + " is " + wide.get() + " text; " + what
                    + " files must be UTF-8 (GitHub reads them so). Convert it, e.g. with iconv -t UTF-8, and try again.");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new WorkflowFileException(name + " is a binary file, not " + what + " text.");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new WorkflowFileException(name + " is not UTF-8 text; " + what
                    + " files must be UTF-8 (GitHub reads them so). Convert the file and try again.", e);
        }
    }

    private WorkflowFileException tooLarge(Path path, String what) {
        return new WorkflowFileException(path.getFileName() + " is larger than " + maxBytes / (1024 * 1024)
                + " MB; a " + what + " file is far smaller. Give the file itself.");
    }
}
