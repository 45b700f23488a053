package dev.wheelhouse.history;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a job failed, as kept in the history.
 *
 * @param failureClass   the class's stable code ({@code compile-error}, {@code test-failure}, … {@code unknown})
 * @param step           the failing step, null when unknown
 * @param keyLine        the key line's number in the job log, null when the reason came from an annotation
 * @param keyText        that line without timestamp or colours, null with no line
 * @param sourceLocation the compiler's file:line, null when there is none
 */
public record JobFailureRecord(long jobId, String failureClass, String step, Long keyLine, String keyText,
                               String sourceLocation, String message, Instant recordedAt) {

    public JobFailureRecord {
        Objects.requireNonNull(failureClass, "failureClass");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
