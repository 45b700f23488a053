package dev.wheelhouse.failures;

import java.util.Objects;

/**
 * One failed job of a run and why it failed.
 *
 * @param logProblem why the log could not be read (the report then rests on the annotations), or null
 */
public record JobFailures(long jobId, String jobName, FailureReport report, String logProblem) {

    public JobFailures {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(report, "report");
    }

    public JobFailures(long jobId, String jobName, FailureReport report) {
        this(jobId, jobName, report, null);
    }
}
