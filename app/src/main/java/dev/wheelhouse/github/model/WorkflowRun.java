package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /repos/{owner}/{repo}/actions/runs/{run_id}}, also a list item and the answer
 * for one attempt. {@code status} is {@code queued}, {@code in_progress}, {@code completed}
 * (and rarer values such as {@code waiting}, {@code requested}, {@code pending});
 * {@code conclusion} is null until the run completes.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WorkflowRun(
        long id,
        String name,
        String nodeId,
        String headBranch,
        String headSha,
        String path,
        String displayTitle,
        long runNumber,
        String event,
        String status,
        String conclusion,
        long workflowId,
        long checkSuiteId,
        String checkSuiteNodeId,
        String url,
        String htmlUrl,
        List<PullRequestMinimal> pullRequests,
        Instant createdAt,
        Instant updatedAt,
        SimpleUser actor,
        int runAttempt,
        List<ReferencedWorkflow> referencedWorkflows,
        Instant runStartedAt,
        SimpleUser triggeringActor,
        String jobsUrl,
        String logsUrl,
        String checkSuiteUrl,
        String artifactsUrl,
        String cancelUrl,
        String rerunUrl,
        String previousAttemptUrl,
        String workflowUrl,
        HeadCommit headCommit,
        MinimalRepository repository,
        MinimalRepository headRepository) {

    public WorkflowRun {
        pullRequests = pullRequests == null ? List.of() : List.copyOf(pullRequests);
        referencedWorkflows = referencedWorkflows == null ? List.of() : List.copyOf(referencedWorkflows);
    }

    /** The commit a run was made for ({@code simple-commit}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record HeadCommit(String id, String treeId, String message, Instant timestamp,
                             CommitAuthor author, CommitAuthor committer) {
    }

    /** A reusable workflow the run called. */
    public record ReferencedWorkflow(String path, String sha, String ref) {
    }
}
