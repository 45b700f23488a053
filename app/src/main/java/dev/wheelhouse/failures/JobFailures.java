package dev.wheelhouse.failures;

import java.util.List;
import java.util.Objects;

/**
 * One failed job of a run and why it failed.
 *
 * @param logProblem  why the log could not be read (the report then rests on the annotations), or null
 * @param annotations the job's check-run annotations as read, for the detail pane
 */
public record JobFailures(long jobId, String jobName, FailureReport report, String logProblem,
                          List<Annotation> annotations) {

    public JobFailures {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(report, "report");
        annotations = List.copyOf(annotations);
    }

    public JobFailures(long jobId, String jobName, FailureReport report, String logProblem) {
        this(jobId, jobName, report, logProblem, List.of());
    }

    public JobFailures(long jobId, String jobName, FailureReport report) {
        this(jobId, jobName, report, null, List.of());
    }
}
