package dev.wheelhouse.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a job as the API lists it, for naming the step a log line belongs to by its
 * timestamp: the log only says {@code Run <first line>}, the API says the step's name.
 *
 * @param conclusion {@code success}, {@code failure}, {@code cancelled}, {@code skipped}; null while running
 *
 * @param startedAt   null for a step that never started
 * @param completedAt null for a step still running
 */
public record StepSpan(String name, int number, String conclusion, Instant startedAt, Instant completedAt) {

    public StepSpan {
        Objects.requireNonNull(name, "name");
    }

    /** It ran, so the job log has its lines (a skipped step leaves none). */
    public boolean ran() {
        return startedAt != null && !"skipped".equals(conclusion);
    }

    public boolean failed() {
        return "failure".equals(conclusion);
    }
}
