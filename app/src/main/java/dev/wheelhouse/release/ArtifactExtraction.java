package dev.wheelhouse.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a downloaded artifact into a folder, streamed entry by entry. An entry whose path would leave the folder
 * (absolute, {@code ..}) is refused before anything is written; an existing file is never overwritten, as
 * {@code gh run download} refuses to.
 */
final class ArtifactExtraction {

    private static final int BUFFER = 1 << 16;

    private ArtifactExtraction() {
    }

    /**
     * @return the files written, in the zip's order
     * @throws IOException when the zip is unreadable, an entry would leave {@code target}, or a file exists
     */
    static List<Path> extract(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        List<Path> written = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                Path destination = root.resolve(entry.getName()).normalize();
                if (!destination.startsWith(root) || destination.equals(root)) {
                    throw new IOException("the entry " + entry.getName() + " would be written outside " + target);
                }
                if (!entry.isDirectory() && Files.exists(destination)) {
                    throw new FileAlreadyExistsException(destination + " already exists; nothing was overwritten");
                }
                entries.add(entry);
            }
            byte[] buffer = new byte[BUFFER];
            for (ZipEntry entry : entries) {
                Path destination = root.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = file.getInputStream(entry);
                     var out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        out.write(buffer, 0, n);
                    }
                }
                written.add(destination);
            }
        }
        return written;
    }
}
