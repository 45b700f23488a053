package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /repos/{owner}/{repo}/actions/jobs/{job_id}}, also a list item. A matrix job's
 * {@code name} is its rendered display name, e.g. {@code build wheels (macos-latest cp312)}.
 * The runner fields are null until a runner picks the job up.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Job(
        long id,
        long runId,
        String workflowName,
        String headBranch,
        String runUrl,
        int runAttempt,
        String nodeId,
        String headSha,
        String url,
        String htmlUrl,
        String status,
        String conclusion,
        Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        String name,
        List<Step> steps,
        String checkRunUrl,
        List<String> labels,
        Long runnerId,
        String runnerName,
        Long runnerGroupId,
        String runnerGroupName) {

    public Job {
        steps = steps == null ? List.of() : List.copyOf(steps);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** One step of a job; numbers need not be contiguous. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Step(String name, String status, String conclusion, int number,
                       Instant startedAt, Instant completedAt) {
    }
}
