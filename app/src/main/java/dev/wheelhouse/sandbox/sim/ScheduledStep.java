package dev.wheelhouse.sandbox.sim;

import java.time.Instant;

/**
 * One step of a job's timeline. A skipped step starts and completes at the moment it was
 * passed over, as GitHub reports it.
 *
 * @param conclusion {@code success}, {@code failure}, {@code cancelled} or {@code skipped}
 * @param source     the planned step, or null for "Set up job" and "Complete job"
 */
public record ScheduledStep(String name, int number, PlannedStep source, boolean post,
                            Instant startedAt, Instant completedAt, String conclusion) {

    public StepKind kind() {
        return source == null ? StepKind.SCRIPT : source.kind();
    }

    public boolean ran() {
        return !conclusion.equals("skipped");
    }
}
