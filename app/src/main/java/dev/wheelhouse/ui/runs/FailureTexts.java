package dev.wheelhouse.ui.runs;

import dev.wheelhouse.failures.FailureClass;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** How a class of failure shows: its icon beside its words (never colour alone), a key line kept short. */
final class FailureTexts {

    private static final int MAX_LINE = 160;

    private FailureTexts() {
    }

    static Ikon icon(FailureClass cls) {
        return switch (cls) {
            case COMPILE_ERROR -> Material2AL.CODE;
            case LINKER_ERROR -> Material2AL.LINK_OFF;
            case MISSING_TOOLCHAIN -> Material2AL.BUILD;
            case DEPENDENCY_INSTALL_FAILED -> Material2AL.CLOUD_OFF;
            case TEST_FAILURE -> Material2AL.BUG_REPORT;
            case REPAIR_FAILED -> Material2AL.HEALING;
            case NO_WHEEL_PRODUCED -> Material2AL.ARCHIVE;
            case CONTAINER_FAILED -> Material2AL.DNS;
            case TIMEOUT -> Material2MZ.TIMER_OFF;
            case CANCELLED -> Material2AL.BLOCK;
            case RUNNER_LOST -> Material2MZ.SIGNAL_WIFI_OFF;
            case OUT_OF_DISK -> Material2MZ.SD_STORAGE;
            case OUT_OF_MEMORY -> Material2MZ.MEMORY;
            case SCCACHE_FAILED -> Material2AL.CACHED;
            case UPLOAD_FAILED -> Material2AL.CLOUD_UPLOAD;
            case PUBLISH_FAILED -> Material2MZ.PUBLISH;
            case UNKNOWN -> Material2AL.HELP_OUTLINE;
        };
    }

    static String shorten(String line) {
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 1) + "…";
    }
}
