package dev.wheelhouse.runs.model;

import dev.wheelhouse.github.model.Job;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One step of a job as last seen: status, conclusion and, once started, its times. */
public record StepSnapshot(int number, String name, String status, String conclusion, Instant startedAt,
                           Instant completedAt) {

    static StepSnapshot of(Job.Step step) {
        return new StepSnapshot(step.number(), step.name(), step.status(), step.conclusion(), step.startedAt(),
                step.completedAt());
    }

    public boolean completed() {
        return JobStates.COMPLETED.equals(status);
    }

    /** The step's duration once completed; its elapsed time until {@code now} while it runs. */
    public Optional<Duration> duration(Instant now) {
        if (startedAt == null) {
            return Optional.empty();
        }
        Instant end = completedAt != null ? completedAt : now;
        Duration d = Duration.between(startedAt, end);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }
}
