package dev.wheelhouse.sccache;

import java.util.List;
import java.util.Optional;

/**
 * What a few lines of sccache's error output mean, in the words of the statistics reader's
 * diagnoses: the failure reader names a job's sccache failure with the same diagnosis
 * {@code stats} would give.
 */
public final class SccacheErrors {

    /** Most telling first: a retired cache service explains a server that did not start, and so on. */
    private static final List<DiagnosisCode> PRECEDENCE = List.of(DiagnosisCode.GHA_CACHE_SERVICE,
            DiagnosisCode.CACHE_UNAUTHORIZED, DiagnosisCode.CACHE_TYPE_NOT_ENABLED, DiagnosisCode.VERSION_MISMATCH,
            DiagnosisCode.SERVER_STARTUP_FAILED, DiagnosisCode.COMPILE_FAILED, DiagnosisCode.SERVER_UNREACHABLE,
            DiagnosisCode.SCCACHE_FAILED);

    private SccacheErrors() {
    }

    /** The diagnosis of {@code lines} (an error line and the lines after it, without timestamps), if any. */
    public static Optional<Diagnosis> diagnose(List<String> lines) {
        FailureLineDetector detector = new FailureLineDetector();
        for (int i = 0; i < lines.size(); i++) {
            detector.inspect(lines.get(i).strip(), i + 1L, null);
        }
        List<LogFinding> findings = detector.findings();
        for (DiagnosisCode code : PRECEDENCE) {
            for (LogFinding f : findings) {
                if (f.code() == code) {
                    return Optional.of(new Diagnosis(code, DiagnosisMessages.forFinding(f), f.evidence()));
                }
            }
        }
        return Optional.empty();
    }
}
