package dev.wheelhouse.ui.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's resident set as the kernel counts it ({@code VmRSS}); -1 where there is no /proc. */
final class ResidentMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ResidentMemory() {
    }

    static long kilobytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or /proc not mounted: the trace still gives the times.
        }
        return -1;
    }
}
