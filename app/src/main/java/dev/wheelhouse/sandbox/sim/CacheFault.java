package dev.wheelhouse.sandbox.sim;

/** What can be injected into a job, by job-name pattern. */
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
    WRITE_ERRORS;

    /** Parses {@code build-failure}, {@code gha-cache-v1}, {@code server-startup}, {@code write-errors}. */
    public static CacheFault parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    public boolean failsTheBuild() {
        return this != WRITE_ERRORS;
    }
}
