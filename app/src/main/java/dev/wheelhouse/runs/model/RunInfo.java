package dev.wheelhouse.runs.model;

import dev.wheelhouse.github.model.WorkflowRun;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow run as the runs list and the run view show it: one attempt of it.
 *
 * @param status     {@code queued}, {@code in_progress}, {@code completed} (or GitHub's rarer
 *                   {@code waiting}, {@code requested}, {@code pending})
 * @param conclusion null until the run completes
 * @param startedAt  when this attempt started ({@code run_started_at}); a re-run moves it
 * @param updatedAt  GitHub's last change; for a completed run, when it completed
 * @param workflowPath the workflow file, {@code .github/workflows/release.yml}
 */
public record RunInfo(long id, int attempt, long runNumber, String workflowName, String workflowPath, String title,
                      String status, String conclusion, String branch, String event, String actor,
                      Instant createdAt, Instant startedAt, Instant updatedAt, String htmlUrl, String headSha) {

    public RunInfo {
        Objects.requireNonNull(status, "status");
    }

    public static RunInfo of(WorkflowRun run) {
        String actor = run.triggeringActor() != null ? run.triggeringActor().login()
                : run.actor() != null ? run.actor().login() : null;
        return new RunInfo(run.id(), Math.max(1, run.runAttempt()), run.runNumber(), run.name(), workflowFile(run.path()),
                run.displayTitle(), run.status() == null ? "queued" : run.status(), run.conclusion(),
                run.headBranch(), run.event(), actor, run.createdAt(),
                run.runStartedAt() != null ? run.runStartedAt() : run.createdAt(), run.updatedAt(), run.htmlUrl(),
                run.headSha());
    }

    public boolean completed() {
        return JobStates.COMPLETED.equals(status);
    }

    /** Completed with {@code success}: what {@code --exit-status} and the notification call success. */
    public boolean succeeded() {
        return completed() && "success".equals(conclusion);
    }

    /**
     * How long this attempt has run: until {@code now} while it is going, until its last update
     * once completed (as {@code gh run view} computes it).
     */
    public Duration elapsed(Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        Instant end = completed() && updatedAt != null ? updatedAt : now;
        Duration d = Duration.between(startedAt, end);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public Optional<String> conclusionIfCompleted() {
        return completed() ? Optional.ofNullable(conclusion) : Optional.empty();
    }

    /**
     * A run's {@code path} names the file, and for a run of a reusable or dynamic workflow
     * GitHub appends {@code @ref}; the file is the part before it.
     */
    static String workflowFile(String path) {
        if (path == null) {
            return null;
        }
        int at = path.indexOf('@');
        return at < 0 ? path : path.substring(0, at);
    }
}
