package dev.wheelhouse.sandbox.sim;

/**
 * What can be injected into a job, by job-name pattern: the sccache faults the sandbox began with,
 * and the failures of a wheel build as GitHub shows them (each at the step where it happens, with
 * the log and the annotations GitHub gives).
 */
public enum CacheFault {
    /** The job's build step fails (a compile error); sccache itself is fine. */
    BUILD_FAILURE,
    /**
     * An sccache older than 0.10 inside the container only knows the retired v1 cache service
     * and aborts with {@code environment variable not found}; every rustc call fails.
     */
    GHA_CACHE_V1,
    /** {@code sccache: error: Server startup failed: Address in use}: the build fails. */
    SERVER_STARTUP,
    /** Every cache write fails (throttled or full cache): the build succeeds, nothing is stored. */
    WRITE_ERRORS,
    /** rustc rejects the source half-way through the build, with a problem-matcher annotation at file:line. */
    COMPILE_ERROR,
    /** The wheel builds and is repaired; cibuildwheel's pytest run then fails. */
    TEST_FAILURE,
    /** auditwheel (Linux), delocate (macOS) or delvewheel (Windows) refuses the built wheel. */
    REPAIR_FAILED,
    /** The build hangs until the job's 360-minute limit cancels it. */
    TIMEOUT,
    /** The runner stops answering mid-build: the log ends short, no post step runs. */
    RUNNER_LOST,
    /** The runner's disk fills while the compiler writes its output. */
    OUT_OF_DISK,
    /** upload-artifact refuses the wheel: an artifact of that name already exists in the run. */
    UPLOAD_FAILED;

    /** GitHub's limit for a job without {@code timeout-minutes}. */
    public static final int DEFAULT_JOB_MINUTES = 360;

    /** Parses {@code build-failure}, {@code compile-error}, {@code out-of-disk}, …: the constant in kebab case. */
    public static CacheFault parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    /** The names {@link #parse} takes, for messages. */
    public static String names() {
        StringBuilder out = new StringBuilder();
        for (CacheFault f : values()) {
            out.append(out.isEmpty() ? "" : ", ").append(f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return out.toString();
    }

    public boolean failsTheBuild() {
        return this != WRITE_ERRORS && this != UPLOAD_FAILED;
    }

    /** The sccache server itself fails, so no compile reaches it. */
    public boolean breaksSccache() {
        return this == GHA_CACHE_V1 || this == SERVER_STARTUP;
    }

    /** How much of the build's compiling is done when the fault stops it. */
    double compiledFraction() {
        return switch (this) {
            case BUILD_FAILURE, COMPILE_ERROR -> 0.5;
            case RUNNER_LOST -> 0.4;
            case OUT_OF_DISK -> 0.9;
            case GHA_CACHE_V1, SERVER_STARTUP -> 0;
            default -> 1;
        };
    }
}
