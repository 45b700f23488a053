package dev.wheelhouse.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A job of a run attempt.
 *
 * @param matrixJson the job's matrix cell as a JSON object ({@code {"os":"macos-14","python":"3.12"}}), null
 *                   for a job without a matrix
 * @param runnerOs   {@code Linux}, {@code macOS} or {@code Windows}, null when not known
 */
public record JobRecord(long runId, int attempt, long jobId, String name, String matrixJson, String status,
                        String conclusion, Instant startedAt, Instant completedAt, String runnerOs) {

    public JobRecord {
        Objects.requireNonNull(name, "name");
    }

    public Optional<Duration> duration() {
        return startedAt == null || completedAt == null ? Optional.empty()
                : Optional.of(Duration.between(startedAt, completedAt));
    }
}
