package dev.wheelhouse.failures;

import java.util.Objects;

/** One failed job of a run and why it failed. */
public record JobFailures(long jobId, String jobName, FailureReport report) {

    public JobFailures {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(report, "report");
    }
}
