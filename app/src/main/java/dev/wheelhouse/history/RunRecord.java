package dev.wheelhouse.history;

import java.time.Instant;
import java.util.Objects;

/**
 * A workflow run (one attempt of it) as kept in the history.
 *
 * @param repo       {@code owner/name}
 * @param workflow   the workflow's file path, e.g. {@code .github/workflows/release.yml}
 * @param runId      GitHub's run id
 * @param attempt    run attempt, from 1
 * @param createdAt  when GitHub created the run; orders runs in trends
 */
public record RunRecord(String repo, String workflow, long runId, int attempt, String headBranch, String headSha,
                        String event, String status, String conclusion, Instant createdAt, Instant startedAt,
                        Instant updatedAt, String htmlUrl) {

    public RunRecord {
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(createdAt, "createdAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt starts at 1, was " + attempt);
        }
    }
}
