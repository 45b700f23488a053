package dev.wheelhouse.runs.model;

import dev.wheelhouse.github.RepositoryRef;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A run to watch: its latest attempt, or one chosen attempt (an earlier attempt never changes,
 * so it is read once).
 */
public record RunRef(RepositoryRef repository, long runId, OptionalInt attempt) {

    public RunRef {
        Objects.requireNonNull(repository, "repository");
        if (runId <= 0) {
            throw new IllegalArgumentException("a run id is a positive number, got " + runId);
        }
        if (attempt.isPresent() && attempt.getAsInt() < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1, got " + attempt.getAsInt());
        }
    }

    public static RunRef latest(RepositoryRef repository, long runId) {
        return new RunRef(repository, runId, OptionalInt.empty());
    }

    public static RunRef attempt(RepositoryRef repository, long runId, int attempt) {
        return new RunRef(repository, runId, OptionalInt.of(attempt));
    }

    @Override
    public String toString() {
        return repository + " run " + runId + (attempt.isPresent() ? " attempt " + attempt.getAsInt() : "");
    }
}
