package dev.wheelhouse.runs.model;

import java.util.List;
import java.util.Optional;

/**
 * A job without a matrix, shown in the strip beside the grid in {@code needs} order.
 *
 * @param workflowJobId the job's key in the workflow file, empty for a run job the file does not
 *                      explain (the file could not be read, or the name matched nothing)
 * @param name          the display name
 * @param runJobId      the run's job, once GitHub has created it
 */
public record StripJob(Optional<String> workflowJobId, String name, List<String> needs, Optional<Long> runJobId) {

    public StripJob {
        needs = List.copyOf(needs);
    }
}
