package dev.wheelhouse.release;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Artifacts built here as upload-artifact builds them: wheels (zips) inside a zip, stored or deflated. */
class ArtifactReaderTest {

    private static final String NAME = "satkit-0.9.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl";

    @TempDir
    Path folder;

    static byte[] wheel(String distInfo, String metadata, String wheelFile, boolean record) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("satkit/__init__.py", "from .satkit import *\n");
        files.put(distInfo + "/METADATA", metadata);
        files.put(distInfo + "/WHEEL", wheelFile);
        if (record) {
            files.put(distInfo + "/RECORD", "satkit/__init__.py,,\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] goodWheel() throws IOException {
        return wheel("satkit-0.9.0.dist-info", "Metadata-Version: 2.4\nName: satkit\nVersion: 0.9.0\n\nA toolkit.\n",
                "Wheel-Version: 1.0\nGenerator: setuptools\nRoot-Is-Purelib: false\n"
                        + "Tag: cp312-cp312-manylinux_2_17_x86_64\nTag: cp312-cp312-manylinux2014_x86_64\n", true);
    }

    private Path artifact(boolean stored, Map<String, byte[]> files) throws IOException {
        Path zip = folder.resolve("artifact.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry entry = new ZipEntry(f.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(f.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(f.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                z.putNextEntry(entry);
                z.write(f.getValue());
                z.closeEntry();
            }
        }
        return zip;
    }

    @ParameterizedTest(name = "stored: {0}")
    @ValueSource(booleans = {true, false})
    void listsWheelsAndSdistsWithSizesAndCrcsAndAWheelThatAgreesWithItsName(boolean stored) throws IOException {
        byte[] wheel = goodWheel();
        byte[] sdist = "not really gzip".getBytes(StandardCharsets.UTF_8);
        List<ProducedFile> files = ArtifactReader.read(artifact(stored, Map.of(NAME, wheel,
                "satkit-0.9.0.tar.gz", sdist)));
        ProducedFile w = files.stream().filter(ProducedFile::isWheel).findFirst().orElseThrow();
        assertEquals(NAME, w.name());
        assertEquals(wheel.length, w.size());
        CRC32 crc = new CRC32();
        crc.update(wheel);
        assertEquals(crc.getValue(), w.crc());
        assertEquals(List.of(), w.problems());
        ProducedFile s = files.stream().filter(ProducedFile::isSdist).findFirst().orElseThrow();
        assertEquals(new ProducedFile.SdistName("satkit", "0.9.0"), s.sdist().orElseThrow());
    }

    @ParameterizedTest(name = "stored: {0}")
    @ValueSource(booleans = {true, false})
    void metadataThatDisagreesWithTheFileNameIsNamedWhateverTheCompression(boolean stored) throws IOException {
        byte[] wheel = wheel("satkit-0.9.0.dist-info", "Name: satkit\nVersion: 0.8.0\n",
                "Tag: cp313-cp313-manylinux_2_17_x86_64\n", false);
        List<String> problems = ArtifactReader.read(artifact(stored, Map.of("wheelhouse/" + NAME, wheel))).get(0).problems();
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("version 0.8.0"), problems.get(0));
        assertTrue(problems.get(1).contains("WHEEL lists tags [cp313-cp313-manylinux_2_17_x86_64]"), problems.get(1));
        assertTrue(problems.get(2).contains("no satkit-0.9.0.dist-info/RECORD"), problems.get(2));
    }

    @Test
    void aWheelWithAnotherProjectsMetadataFolderIsNamed() throws IOException {
        byte[] wheel = wheel("other-0.9.0.dist-info", "Name: other\nVersion: 0.9.0\n",
                "Tag: cp312-cp312-manylinux_2_17_x86_64\nTag: cp312-cp312-manylinux2014_x86_64\n", true);
        List<String> problems = ArtifactReader.read(artifact(false, Map.of(NAME, wheel))).get(0).problems();
        assertTrue(problems.get(0).contains("metadata folder is other-0.9.0.dist-info"), problems.toString());
        assertTrue(problems.get(1).contains("METADATA names project other"), problems.toString());
    }

    @Test
    void aWheelThatIsNoZipIsReportedNotThrown() throws IOException {
        List<String> problems = ArtifactReader.read(artifact(false, Map.of(NAME, new byte[]{1, 2, 3}))).get(0).problems();
        assertEquals(List.of("has no .dist-info folder"), problems);
    }

    @Test
    void anArtifactThatIsNoZipThrows() throws IOException {
        Path junk = Files.writeString(folder.resolve("junk.zip"), "<html>an error page</html>");
        assertThrows(IOException.class, () -> ArtifactReader.read(junk));
    }
}
