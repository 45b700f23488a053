package dev.wheelhouse.sccache;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of each diagnosis: what happened, then what a maintainer changes. */
final class DiagnosisMessages {

    private static final Pattern AFTER_STARTUP_FAILED = Pattern.compile("Server startup failed:\\s*(.+)");
    private static final Pattern EXIT_CODE = Pattern.compile("failed with exit code (\\d+)");
    private static final int MAX_QUOTE = 160;

    private DiagnosisMessages() {
    }

    static String forFinding(LogFinding f) {
        return switch (f.code()) {
            case SERVER_STARTUP_FAILED -> "The sccache server did not start" + quoted(AFTER_STARTUP_FAILED, f.evidence())
                    + ", so every compile through it fails. If the port is in use, stop the stale server or set a"
                    + " free SCCACHE_SERVER_PORT; for a cache backend problem see the other diagnoses; otherwise"
                    + " run `SCCACHE_LOG=debug SCCACHE_NO_DAEMON=1 sccache --start-server` to see why.";
            case SERVER_UNREACHABLE -> "The sccache client could not reach its server: it had already exited"
                    + " (idle timeout, crash, an earlier --stop-server) or listens on another"
                    + " SCCACHE_SERVER_PORT. Start the server at the beginning of the job with the same environment"
                    + " and keep a stats step from failing the job; after --stop-server with no server this is"
                    + " harmless.";
            case VERSION_MISMATCH -> "Two sccache versions ran in this job, and one could not talk to the"
                    + " other's server. Stop the old server (`sccache --stop-server`) before the other version"
                    + " runs, or install the same sccache version everywhere (pin it in every action that"
                    + " installs one).";
            case GHA_CACHE_SERVICE -> "sccache could not use the GitHub Actions cache service. GitHub retired the"
                    + " v1 cache service (ACTIONS_CACHE_URL, _apis/artifactcache) in 2025: use sccache 0.10 or"
                    + " newer and let it see ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN and"
                    + " ACTIONS_CACHE_SERVICE_V2 (mozilla-actions/sccache-action v0.0.9 or newer exports them)."
                    + " In a manylinux container pass them with CIBW_ENVIRONMENT_PASS_LINUX and install a recent"
                    + " sccache inside the container (0.15.0 is known to work).";
            case CACHE_TYPE_NOT_ENABLED -> "This sccache binary was built without the cache backend the job asked"
                    + " for (for example SCCACHE_GHA_ENABLED=true on a build without GitHub Actions cache"
                    + " support). Install an official release build, for example through"
                    + " mozilla-actions/sccache-action, or drop the backend variable.";
            case CACHE_UNAUTHORIZED -> "The cache storage refused sccache's credentials. Give the server valid"
                    + " credentials for the backend (for the GitHub Actions cache, the current job's"
                    + " ACTIONS_RUNTIME_TOKEN); where secrets are unavailable, as in pull requests from forks,"
                    + " use a read-only or local cache.";
            case COMPILE_FAILED -> "The sccache client could not get a compile done through its server; the"
                    + " `caused by:` lines in the log say why. Move to an sccache version without the fault (the"
                    + " GitHub Actions cache on Windows broke in 0.5.1 and 0.5.2), or set"
                    + " SCCACHE_IGNORE_SERVER_IO_ERROR=1 so the client falls back to compiling locally.";
            case SCCACHE_FAILED -> "A step ran sccache and it failed" + quoted(EXIT_CODE, f.evidence(), "exit code ")
                    + ". Fix the cause printed before it; where the stats are only informational, keep that"
                    + " step from failing the job (`continue-on-error: true`, or `sccache --show-stats || true`).";
            default -> f.code().code();
        };
    }

    /** A code's advice without the particulars of a log (for figures read back from the history). */
    static String general(DiagnosisCode code) {
        return switch (code) {
            case NO_COMPILATIONS -> noCompilations();
            case CACHE_ERRORS -> "The cache storage failed during the build, so those compiles ran uncached. Fix the"
                    + " storage: a cache directory the server can use (SCCACHE_DIR), or the remote backend's"
                    + " credentials, quota and rate limits. SCCACHE_LOG=debug and SCCACHE_ERROR_LOG=<file> show the"
                    + " cause.";
            case INCREMENTAL_NOT_CACHEABLE -> incremental(null);
            case LOCAL_DISK_CACHE -> localDisk(false, null);
            case STATS_ON_HOST -> statsOnHost();
            default -> forFinding(new LogFinding(code, 0, null, ""));
        };
    }

    static String noCompilations() {
        return "sccache looked nothing up (0 hits, 0 misses): no compilation went through it, or its counters"
                + " were reset before they were read. This is not a 0% hit rate. Make the compiler use sccache"
                + " (RUSTC_WRAPPER=sccache, CC=\"sccache gcc\", CMAKE_<LANG>_COMPILER_LAUNCHER=sccache), print the"
                + " stats where the compiling ran (inside the manylinux container for cibuildwheel) and before"
                + " the server stops, and set CARGO_INCREMENTAL=0.";
    }

    static String cacheErrors(SccacheStats b) {
        return "The cache storage failed during the build (" + errorCounts(b) + "), so those compiles ran"
                + " uncached. Fix the storage: a cache directory the server can use (SCCACHE_DIR), or the remote"
                + " backend's credentials, quota and rate limits; many write errors or timeouts on the GitHub"
                + " Actions cache point at throttling or a full cache. SCCACHE_LOG=debug and"
                + " SCCACHE_ERROR_LOG=<file> show the cause.";
    }

    static String incremental(Long calls) {
        return "Every rustc call was non-cacheable because incremental compilation is on"
                + (calls == null ? "" : " (" + calls + " calls with reason `incremental`)")
                + ", so Rust got no cache hits at all. Set CARGO_INCREMENTAL=0 for the build.";
    }

    static String localDisk(boolean container, String passLinux) {
        String where = container
                ? " In a manylinux container build the variables never reach the container: pass"
                  + " SCCACHE_GHA_ENABLED, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN and ACTIONS_CACHE_SERVICE_V2"
                  + " through CIBW_ENVIRONMENT_PASS_LINUX"
                  + (passLinux == null ? "" : " (now: " + passLinux + ")") + "."
                : " The server picks its backend when it starts: put SCCACHE_GHA_ENABLED=true in the"
                  + " environment before the first sccache call (the job's env:, not a later step), or stop the"
                  + " server so it restarts with it; in a manylinux container build pass it and the ACTIONS_*"
                  + " variables through CIBW_ENVIRONMENT_PASS_LINUX.";
        return "sccache kept its cache on the local disk although this job meant to use the GitHub Actions"
                + " cache, so nothing carries over to the next run." + where;
    }

    static String statsOnHost() {
        return "The stats were read on the runner while the compiling ran inside a container, so they show"
                + " nothing. Print them inside the container, for example by appending"
                + " `&& sccache --show-stats` to CIBW_REPAIR_WHEEL_COMMAND_LINUX, which runs there after each"
                + " build.";
    }

    static String errorCounts(SccacheStats b) {
        List<String> parts = new ArrayList<>();
        add(parts, b.errors(), "cache errors");
        add(parts, b.timeouts(), "timeouts");
        add(parts, b.readErrors(), "read errors");
        add(parts, b.writeErrors(), "write errors");
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, Long value, String noun) {
        if (value != null && value > 0) {
            parts.add(value + " " + noun);
        }
    }

    private static String quoted(Pattern pattern, String line) {
        return quoted(pattern, line, "");
    }

    private static String quoted(Pattern pattern, String line, String prefix) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            return "";
        }
        String text = m.group(1).strip();
        if (text.length() > MAX_QUOTE) {
            text = text.substring(0, MAX_QUOTE - 1) + "…";
        }
        return " (" + prefix + text + ")";
    }
}
