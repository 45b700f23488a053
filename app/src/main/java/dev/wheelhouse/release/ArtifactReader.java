package dev.wheelhouse.release;

import dev.wheelhouse.cibw.WheelFileName;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an artifact's zip holds from its central directory, without unpacking it: names, sizes and CRCs of
 * every file, and for each wheel the small files of its {@code .dist-info}. A wheel stored uncompressed in the
 * artifact (upload-artifact's {@code compression-level: 0}) is read in place through its own central directory; a
 * compressed one is streamed once, keeping only its metadata. Heap use does not grow with the artifact's size.
 */
final class ArtifactReader {

    /** Metadata files are a few KB; a bigger one is read only this far. */
    private static final int MAX_METADATA = 1 << 20;
    private static final Pattern SDIST = Pattern.compile("(.+)-([^-]+)\\.(tar\\.gz|zip)");

    private ArtifactReader() {
    }

    /** @throws IOException when the file is not a readable zip */
    static List<ProducedFile> read(Path zip) throws IOException {
        List<ProducedFile> files = new ArrayList<>();
        try (SeekableByteChannel channel = Files.newByteChannel(zip);
             ZipFile outer = ZipFile.builder().setSeekableByteChannel(channel).get()) {
            Enumeration<ZipArchiveEntry> entries = outer.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                String fileName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                Optional<WheelFileName> wheel = WheelFileName.parse(fileName);
                List<String> problems = List.of();
                if (wheel.isPresent()) {
                    problems = WheelInspection.problems(wheel.get(), distInfo(outer, channel, entry));
                }
                files.add(new ProducedFile(entry.getName(), entry.getSize(), entry.getCrc(), wheel,
                        wheel.isPresent() ? Optional.empty() : sdist(fileName), problems));
            }
        }
        return files;
    }

    private static Optional<ProducedFile.SdistName> sdist(String fileName) {
        Matcher m = SDIST.matcher(fileName);
        return m.matches() ? Optional.of(new ProducedFile.SdistName(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The files directly inside the wheel's {@code *.dist-info/} folders, as text. */
    private static Map<String, String> distInfo(ZipFile outer, SeekableByteChannel channel, ZipArchiveEntry wheel)
            throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (wheel.getMethod() == ZipArchiveEntry.STORED && wheel.getDataOffset() > 0) {
            try (ZipFile inner = ZipFile.builder()
                    .setSeekableByteChannel(new ChannelSlice(channel, wheel.getDataOffset(), wheel.getCompressedSize()))
                    .get()) {
                Enumeration<ZipArchiveEntry> entries = inner.getEntries();
                while (entries.hasMoreElements()) {
                    ZipArchiveEntry entry = entries.nextElement();
                    if (isDistInfoFile(entry.getName())) {
                        try (InputStream in = inner.getInputStream(entry)) {
                            out.put(entry.getName(), text(in));
                        }
                    }
                }
                return out;
            } catch (IOException e) {
                // Not a zip in place after all: read it as a stream below.
                out.clear();
            }
        }
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(outer.getInputStream(wheel))) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (isDistInfoFile(entry.getName())) {
                    out.put(entry.getName(), text(in));
                }
            }
        }
        return out;
    }

    private static boolean isDistInfoFile(String path) {
        int slash = path.indexOf('/');
        return slash > 0 && path.indexOf('/', slash + 1) < 0 && path.substring(0, slash).endsWith(".dist-info");
    }

    private static String text(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while (out.size() < MAX_METADATA && (n = in.read(buffer, 0, Math.min(buffer.length, MAX_METADATA - out.size()))) > 0) {
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
