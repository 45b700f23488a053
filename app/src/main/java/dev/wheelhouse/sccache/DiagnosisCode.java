package dev.wheelhouse.sccache;

/**
 * The diagnosis vocabulary. The codes of {@code samples/sccache/README.md} are a published
 * contract: never rename them; new ones may be added.
 */
public enum DiagnosisCode {
    NO_COMPILATIONS("no-compilations"),
    CACHE_ERRORS("cache-errors"),
    SERVER_STARTUP_FAILED("server-startup-failed"),
    SERVER_UNREACHABLE("server-unreachable"),
    VERSION_MISMATCH("version-mismatch"),
    GHA_CACHE_SERVICE("gha-cache-service"),
    CACHE_TYPE_NOT_ENABLED("cache-type-not-enabled"),
    CACHE_UNAUTHORIZED("cache-unauthorized"),
    COMPILE_FAILED("compile-failed"),
    SCCACHE_FAILED("sccache-failed"),
    /** Added by Wheelhouse: the cache sat on local disk in a job meant to use the GitHub Actions cache. */
    LOCAL_DISK_CACHE("local-disk-cache"),
    /** Added by Wheelhouse: rustc calls were all non-cacheable because incremental compilation was on. */
    INCREMENTAL_NOT_CACHEABLE("incremental-not-cacheable"),
    /** Added by Wheelhouse: zero stats read on the host while the compiling ran in a container. */
    STATS_ON_HOST("stats-on-host");

    private final String code;

    DiagnosisCode(String code) {
        this.code = code;
    }

    /** The stable code, as in {@code stats --json}. */
    public String code() {
        return code;
    }
}
