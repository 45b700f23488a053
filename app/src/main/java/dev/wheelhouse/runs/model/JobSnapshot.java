package dev.wheelhouse.runs.model;

import dev.wheelhouse.github.model.Job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One job of a run as last seen. A matrix job's {@code name} is GitHub's display name, e.g.
 * {@code build wheels (macos-latest cp312)}; it is what ties the job to its matrix cell.
 *
 * @param conclusion   null until the job completes
 * @param runnerName   null until a runner picks the job up
 * @param labels       the {@code runs-on} labels
 * @param checkRunId   the job's check run, where its annotations live
 */
public record JobSnapshot(long id, int runAttempt, String name, String status, String conclusion,
                          Instant startedAt, Instant completedAt, String runnerName, List<String> labels,
                          List<StepSnapshot> steps, String htmlUrl, long checkRunId) {

    public JobSnapshot {
        labels = List.copyOf(labels);
        steps = List.copyOf(steps);
    }

    public static JobSnapshot of(Job job) {
        return new JobSnapshot(job.id(), Math.max(1, job.runAttempt()), job.name(),
                job.status() == null ? "queued" : job.status(), job.conclusion(), job.startedAt(),
                job.completedAt(), job.runnerName(), job.labels(), job.steps().stream().map(StepSnapshot::of).toList(),
                job.htmlUrl(), checkRunId(job));
    }

    public boolean completed() {
        return JobStates.COMPLETED.equals(status);
    }

    public boolean running() {
        return JobStates.running(status);
    }

    /** Completed with a conclusion that needs the maintainer: failure, timed out, startup failure. */
    public boolean failed() {
        return completed() && JobStates.failed(conclusion);
    }

    /**
     * Completed after running on a runner. Skipped jobs, and jobs cancelled before a runner took
     * them, have no log and no annotations worth asking for.
     */
    public boolean ranOnRunner() {
        return completed() && !"skipped".equals(conclusion)
                && ((runnerName != null && !runnerName.isEmpty()) || !steps.isEmpty());
    }

    /** The job's duration once completed; its live elapsed time while it runs; empty while queued. */
    public Optional<Duration> duration(Instant now) {
        if (startedAt == null || !(running() || completed())) {
            return Optional.empty();
        }
        Instant end = completedAt != null ? completedAt : now;
        Duration d = Duration.between(startedAt, end);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }

    /** The check run id is the last segment of {@code check_run_url}; on GitHub it equals the job id. */
    private static long checkRunId(Job job) {
        String url = job.checkRunUrl();
        if (url != null) {
            int slash = url.lastIndexOf('/');
            try {
                return Long.parseLong(url.substring(slash + 1));
            } catch (NumberFormatException e) {
                return job.id();
            }
        }
        return job.id();
    }
}
