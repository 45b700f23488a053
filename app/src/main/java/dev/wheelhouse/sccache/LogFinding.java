package dev.wheelhouse.sccache;

import java.util.Objects;

/**
 * A log line that shows a known failure, kept as evidence for a diagnosis.
 *
 * @param code     what it shows
 * @param line     1-based line number
 * @param step     the job step it came from, null when unknown
 * @param evidence the line's text (without timestamp), shortened to {@link #MAX_EVIDENCE} chars
 */
public record LogFinding(DiagnosisCode code, long line, String step, String evidence) {

    public static final int MAX_EVIDENCE = 300;

    public LogFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(evidence, "evidence");
        if (evidence.length() > MAX_EVIDENCE) {
            evidence = evidence.substring(0, MAX_EVIDENCE - 1) + "…";
        }
    }
}
