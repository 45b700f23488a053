package dev.wheelhouse.history;

import java.time.Instant;
import java.util.Objects;

/**
 * A {@code workflow_dispatch} Wheelhouse sent.
 *
 * @param inputsJson the inputs as a JSON object
 * @param runId      the run it started, null until it is known
 */
public record DispatchRecord(String repo, String workflow, String ref, String inputsJson, Long runId,
                             Instant dispatchedAt) {

    public DispatchRecord {
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(inputsJson, "inputsJson");
        Objects.requireNonNull(dispatchedAt, "dispatchedAt");
    }
}
