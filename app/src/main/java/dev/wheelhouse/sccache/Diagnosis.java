package dev.wheelhouse.sccache;

import java.util.Objects;

/**
 * A known way sccache failed or went unused in a job, said for the maintainer: what happened and
 * what to change.
 *
 * @param code     the stable code (see {@link DiagnosisCode#code()})
 * @param message  one paragraph, plain text: what happened, then the fix
 * @param evidence the log line or figures that show it, null when it follows from context alone
 */
public record Diagnosis(DiagnosisCode code, String message, String evidence) {

    public Diagnosis {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
