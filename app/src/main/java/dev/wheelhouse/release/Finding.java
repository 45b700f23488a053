package dev.wheelhouse.release;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing the check found, with the job (matrix cell) it belongs to.
 *
 * @param job      the job's display name; empty for what concerns the whole run (the version, an artifact no job names)
 * @param artifact the artifact concerned, if one is
 * @param file     the file concerned, if one is
 * @param message  one sentence for the maintainer: what is wrong, with names
 */
public record Finding(FindingKind kind, Optional<String> job, Optional<String> artifact, Optional<String> file,
                      String message) {

    public Finding {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(job);
        Objects.requireNonNull(artifact);
        Objects.requireNonNull(file);
        Objects.requireNonNull(message);
    }

    static Finding of(FindingKind kind, String job, String artifact, String file, String message) {
        return new Finding(kind, Optional.ofNullable(job), Optional.ofNullable(artifact), Optional.ofNullable(file),
                message);
    }

    public boolean error() {
        return kind.error();
    }
}
