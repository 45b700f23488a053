package dev.wheelhouse.sccache;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises the error output of sccache, of its GitHub Actions cache backend and of the steps
 * that run it, and the log lines that tell what the job meant to do (see {@link LogEvidence}).
 * Keeps the first line per code as evidence, so memory stays flat however often a log repeats
 * an error.
 */
final class FailureLineDetector {

    /** Lines after an sccache error that still belong to its message ({@code caused by:}, wrapped text). */
    static final int CONTEXT_LINES = 4;

    // The wording of @actions/exec when a process exits non-zero, as in sccache-action's post step.
    private static final Pattern PROCESS_FAILED =
            Pattern.compile("The process '[^']*sccache[^']*' failed with exit code \\d+");
    private static final Pattern TRUE_VALUE = Pattern.compile("(?i)[\"']?(true|on|1|yes)[\"']?");

    private final Map<DiagnosisCode, LogFinding> first = new EnumMap<>(DiagnosisCode.class);
    private int contextLeft;
    private boolean ghaCacheRequested;
    private boolean containerBuild;
    private String cibwPassLinux;

    /** True while the lines right after an sccache error are read as part of it. */
    boolean inErrorContext() {
        return contextLeft > 0;
    }

    void inspect(String body, long line, String step) {
        boolean sccacheContext = contextLeft > 0;
        if (contextLeft > 0) {
            contextLeft--;
        }
        if (body.contains("sccache")) {
            sccacheContext = true;
            if (body.contains("error")) {
                contextLeft = CONTEXT_LINES;
            }
        }
        if (body.contains("Server startup failed") || body.contains("Server startup error")) {
            found(DiagnosisCode.SERVER_STARTUP_FAILED, line, step, body);
            contextLeft = CONTEXT_LINES;
        }
        if (body.contains("couldn't connect to server") || body.contains("failed to get stats from server")) {
            found(DiagnosisCode.SERVER_UNREACHABLE, line, step, body);
        }
        if (body.contains("Mismatch of client/server versions")) {
            found(DiagnosisCode.VERSION_MISMATCH, line, step, body);
        }
        if (body.contains("ACTIONS_CACHE_URL not found") || body.contains("cache url for ghac not found")
                || body.contains("legacy service is shutting down")
                || body.contains("/twirp/github.actions.results.api.v1.CacheService/")
                || (sccacheContext && body.contains("environment variable not found"))) {
            found(DiagnosisCode.GHA_CACHE_SERVICE, line, step, body);
        }
        if (body.contains("cache type is not enabled")) {
            found(DiagnosisCode.CACHE_TYPE_NOT_ENABLED, line, step, body);
        }
        if (body.contains("\"code\":\"unauthorized\"") || (sccacheContext && unauthorized(body))) {
            found(DiagnosisCode.CACHE_UNAUTHORIZED, line, step, body);
        }
        if (body.contains("failed to execute compile")) {
            found(DiagnosisCode.COMPILE_FAILED, line, step, body);
        }
        if (body.contains("failed with exit code") && PROCESS_FAILED.matcher(body).find()) {
            found(DiagnosisCode.SCCACHE_FAILED, line, step, body);
        }
        inspectIntent(body);
    }

    List<LogFinding> findings() {
        return List.copyOf(new ArrayList<>(first.values()));
    }

    LogEvidence evidence() {
        return new LogEvidence(ghaCacheRequested, containerBuild, cibwPassLinux);
    }

    private void inspectIntent(String body) {
        if (body.startsWith("SCCACHE_GHA_ENABLED")) {
            String value = valueOf(body, "SCCACHE_GHA_ENABLED");
            ghaCacheRequested |= value != null && TRUE_VALUE.matcher(value).matches();
        } else if (body.startsWith("CIBW_ENVIRONMENT_PASS_LINUX")) {
            cibwPassLinux = valueOf(body, "CIBW_ENVIRONMENT_PASS_LINUX");
        } else if (body.startsWith("Starting container image") || body.contains("quay.io/pypa/manylinux")
                || body.contains("quay.io/pypa/musllinux")) {
            containerBuild = true;
        } else if (body.startsWith("manylinux:")) {
            // maturin-action's input: anything but off/false builds in a manylinux container.
            String value = body.substring("manylinux:".length()).strip().toLowerCase(Locale.ROOT);
            containerBuild |= !value.isEmpty() && !value.equals("off") && !value.equals("false");
        }
    }

    /** {@code NAME: value} (a step's env as GitHub prints it) or {@code NAME=value}. */
    private static String valueOf(String body, String name) {
        String rest = body.substring(name.length());
        if (rest.startsWith(":") || rest.startsWith("=")) {
            return rest.substring(1).strip();
        }
        return null;
    }

    private static boolean unauthorized(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        return lower.contains("unauthorized") || lower.contains("forbidden") || lower.contains("permissiondenied")
                || lower.contains("status: 401") || lower.contains("status: 403");
    }

    private void found(DiagnosisCode code, long line, String step, String body) {
        first.putIfAbsent(code, new LogFinding(code, line, step, body));
    }
}
