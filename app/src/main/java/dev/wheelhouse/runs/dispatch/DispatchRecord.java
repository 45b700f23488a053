package dev.wheelhouse.runs.dispatch;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One dispatch as the user made it, kept locally so the inputs a run used can be seen later
 * (GitHub's run payload does not carry them).
 *
 * @param repository {@code owner/name}
 * @param workflow   the workflow file name or id as dispatched
 * @param runId      empty when the run could not be found
 */
public record DispatchRecord(String repository, String workflow, String ref, Map<String, Object> inputs,
                             OptionalLong runId, Instant at) {

    public DispatchRecord {
        inputs = Map.copyOf(inputs);
    }
}
