package dev.wheelhouse.workflow.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one bounded reader of workflow and pyproject inputs (issue 11, items 7 and 16). */
class BoundedTextReaderTest {

    @TempDir
    Path dir;

    private final BoundedTextReader reader = new BoundedTextReader(1024);

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        WorkflowFileException refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(WorkflowFileException.class, () -> reader.readText(Path.of("/dev/zero"), "workflow")));
        assertTrue(refused.getMessage().contains("not a regular file"), refused.getMessage());
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("release.yml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        WorkflowFileException refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(WorkflowFileException.class, () -> reader.readText(fifo, "workflow")));
        assertTrue(refused.getMessage().contains("not a regular file"), refused.getMessage());
    }

    @Test
    void theBoundHoldsWhateverSizeTheFileClaims() throws Exception {
        // /proc files report a size of 0 and hold more.
        Path proc = Path.of("/proc/self/smaps");
        assertEquals(0, Files.size(proc));
        WorkflowFileException refused = assertThrows(WorkflowFileException.class,
                () -> new BoundedTextReader(16).readBytes(proc, "workflow"));
        assertTrue(refused.getMessage().contains("larger than"), refused.getMessage());
    }

    @Test
    void aFileOverTheBoundIsRefused() throws Exception {
        Path big = dir.resolve("big.yml");
        Files.write(big, new byte[2048]);
        assertTrue(assertThrows(WorkflowFileException.class, () -> reader.readBytes(big, "workflow"))
                .getMessage().contains("larger than"));
    }

    @Test
    void wideEncodingsAreNamedWithOrWithoutAByteOrderMark() throws Exception {
        String text = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n";
        assertNamed("UTF-16 (little-endian)", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        assertNamed("UTF-16 (big-endian)", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE));
        assertNamed("UTF-16 (little-endian)", text.getBytes(StandardCharsets.UTF_16LE));
        assertNamed("UTF-16 (big-endian)", text.getBytes(StandardCharsets.UTF_16BE));
        assertNamed("UTF-32 (little-endian)", ("\uFEFF" + text).getBytes(Charset.forName("UTF-32LE")));
        assertNamed("UTF-32 (big-endian)", ("\uFEFF" + text).getBytes(Charset.forName("UTF-32BE")));
    }

    @Test
    void binaryIsStillCalledBinaryAndUtf8WithABomStillReads() throws Exception {
        Path binary = dir.resolve("image.yml");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertTrue(assertThrows(WorkflowFileException.class, () -> reader.readText(binary, "workflow"))
                .getMessage().contains("binary"));
        Path bom = dir.resolve("bom.yml");
        Files.write(bom, "\uFEFFon: push\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("\uFEFFon: push\n", reader.readText(bom, "workflow"));
    }

    private void assertNamed(String encoding, byte[] bytes) throws Exception {
        Path file = dir.resolve("wide.yml");
        Files.write(file, bytes);
        WorkflowFileException refused = assertThrows(WorkflowFileException.class, () -> reader.readText(file, "workflow"));
        assertTrue(refused.getMessage().contains(encoding), refused.getMessage());
        assertTrue(!refused.getMessage().contains("binary"), refused.getMessage());
    }
}
