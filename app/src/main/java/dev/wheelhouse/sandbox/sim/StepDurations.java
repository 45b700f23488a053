package dev.wheelhouse.sandbox.sim;

import java.util.SplittableRandom;

/**
 * Simulated seconds for everything but the wheel build, from hosted-runner experience:
 * queueing (macOS runners wait longest), job set-up, toolchain installs (slow on Windows),
 * tests, artifact transfers.
 */
public final class StepDurations {

    private StepDurations() {
    }

    public static long queueSeconds(RunnerOs os, SplittableRandom random) {
        return switch (os) {
            case LINUX -> random.nextLong(2, 9);
            case LINUX_ARM -> random.nextLong(4, 21);
            case WINDOWS -> random.nextLong(5, 21);
            case MACOS -> random.nextLong(5, 41);
        };
    }

    public static long setUpJobSeconds(SplittableRandom random) {
        return random.nextLong(1, 5);
    }

    public static long stepSeconds(StepKind kind, RunnerOs os, SplittableRandom random) {
        long seconds = switch (kind) {
            case CHECKOUT -> random.nextLong(1, 4);
            case SETUP_PYTHON -> random.nextLong(1, 9);
            case SETUP_RUST -> random.nextLong(8, 26);
            case SETUP_SCCACHE -> random.nextLong(1, 5);
            case SCCACHE_STATS -> random.nextLong(0, 2);
            case CACHE_RESTORE -> random.nextLong(1, 7);
            case TESTS -> random.nextLong(40, 100);
            case UPLOAD_ARTIFACT, DOWNLOAD_ARTIFACT -> random.nextLong(2, 9);
            case PUBLISH -> random.nextLong(5, 16);
            case SCRIPT -> random.nextLong(2, 16);
            case BUILD_WHEELS -> random.nextLong(240, 600);
        };
        return os == RunnerOs.WINDOWS && kind != StepKind.SCCACHE_STATS ? Math.round(seconds * 1.6) : seconds;
    }

    public static long postStepSeconds(SplittableRandom random) {
        return random.nextLong(0, 3);
    }
}
