package dev.wheelhouse.sccache;

import dev.wheelhouse.logs.LogEncoding;
import dev.wheelhouse.testing.JobLogs;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, item 15: what real logs did to the statistics reader. Each case is a whole class of
 * log (interleaved stderr, a logger's prefix, another encoding, padding), built from a sample.
 */
class RealLogQuirksTest {

    private static final String TABLE = JobLogs.read(Samples.sccache().resolve("02-local-0.4.0pre6-cold-c-build.txt"));

    private static SccacheLogScan scan(byte[] bytes) throws IOException {
        return new SccacheLogScanner().scan(new ByteArrayInputStream(bytes));
    }

    private static SccacheLogScan scan(String text) throws IOException {
        return scan(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> tableLines() {
        return new ArrayList<>(TABLE.lines().toList());
    }

    @Test
    void aShellTraceInterleavedWithTheTableLeavesOneBlockWithEveryFigure() throws IOException {
        // `set -x` writes its trace to stderr while sccache writes the table to stdout: the runner
        // interleaves them, so a trace line can land between two rows.
        List<String> lines = tableLines();
        lines.add(3, "+ '[' OFF == ON ']'");
        lines.add(12, "++ echo done");
        SccacheLogScan scan = scan(String.join("\n", lines) + "\n+ sccache --stop-server\n");

        assertEquals(1, scan.blocks().size(), () -> scan.blocks().toString());
        SccacheStats block = scan.blocks().get(0);
        assertEquals(4L, block.compileRequests());
        assertEquals(0L, block.hits());
        assertEquals(4L, block.misses());
        assertEquals(0L, block.errors());
        assertNotNull(block.cacheLocation());
        assertFalse(block.truncated());
    }

    @Test
    void aTableRightAfterAnotherWithALineBetweenStaysTwoTables() throws IOException {
        SccacheLogScan scan = scan(TABLE + "+ cargo build --release\n" + TABLE.replace("Cache hits                            0",
                "Cache hits                            3"));

        assertEquals(2, scan.blocks().size());
        assertEquals(0L, scan.blocks().get(0).hits());
        assertEquals(3L, scan.blocks().get(1).hits());
    }

    @Test
    void syslogPrefixesAndTrailingSpacesAreRead() throws IOException {
        String stopped = "Dec 27 18:22:50 Stopping sccache server...   \n"
                + "Dec 27 18:22:50 sccache: error: couldn't connect to server   \n"
                + "Dec 27 18:22:50 sccache: caused by: Connection refused (os error 111)   \n";
        String table = tableLines().stream().map(l -> "Dec 27 18:22:49 " + l + "   ")
                .collect(Collectors.joining("\n", "", "\n"));

        SccacheLogScan scan = scan(table + stopped);

        assertTrue(scan.has(DiagnosisCode.SERVER_UNREACHABLE), () -> scan.findings().toString());
        assertEquals(1, scan.blocks().size());
        assertEquals(4L, scan.blocks().get(0).compileRequests());
        assertEquals(4L, scan.blocks().get(0).misses());
        assertEquals(Long.valueOf(4), scan.blocks().get(0).languages().get("C/C++").misses());
    }

    @Test
    void aUtf16LogIsReadAsTheTextItHolds() throws IOException {
        // Windows PowerShell 5.1's `sccache --show-stats > stats.txt` writes UTF-16LE with a byte-order mark.
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] text = TABLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, 2);
        System.arraycopy(text, 0, file, 2, text.length);

        SccacheLogScan withMark = scan(file);
        SccacheLogScan bigEndianNoMark = scan(TABLE.getBytes(StandardCharsets.UTF_16BE));

        for (SccacheLogScan scan : List.of(withMark, bigEndianNoMark)) {
            assertEquals(1, scan.blocks().size());
            assertEquals(4L, scan.blocks().get(0).compileRequests());
            assertEquals(4L, scan.blocks().get(0).misses());
        }
        assertEquals(LogEncoding.UTF_16LE, withMark.encoding());
        assertEquals(LogEncoding.UTF_16BE, bigEndianNoMark.encoding());
    }

    @Test
    void nulsAtLineEndsLeaveTheFiguresAlone() throws IOException {
        String padded = tableLines().stream().map(l -> l + "\0\0\0").collect(Collectors.joining("\r\n", "", "\r\n"));

        SccacheLogScan scan = scan(padded);

        assertEquals(1, scan.blocks().size());
        SccacheStats block = scan.blocks().get(0);
        assertEquals(4L, block.compileRequests());
        assertEquals(4L, block.requestsExecuted());
        assertEquals(0L, block.hits());
        assertEquals(4L, block.misses());
        assertEquals(0L, block.errors());
    }
}
