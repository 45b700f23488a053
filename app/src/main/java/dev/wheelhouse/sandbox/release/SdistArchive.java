package dev.wheelhouse.sandbox.release;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes a source distribution: a gzipped tar with {@code PKG-INFO} and the project's own files under {@code name-version/}. */
final class SdistArchive {

    private SdistArchive() {
    }

    static void write(OutputStream target, String projectName, String version, Map<String, byte[]> projectFiles)
            throws IOException {
        String root = dev.wheelhouse.cibw.WheelFileName.escapeName(projectName) + "-" + version + "/";
        GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(new WheelArchive.NonClosing(target));
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            put(tar, root + "PKG-INFO", ("Metadata-Version: 2.4\nName: " + projectName + "\nVersion: " + version + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : projectFiles.entrySet()) {
                put(tar, root + file.getKey(), file.getValue());
            }
        }
    }

    private static void put(TarArchiveOutputStream tar, String path, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(path);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
