package dev.wheelhouse.runs.model;

import dev.wheelhouse.testing.Jobs;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunProgressTest {

    @Test
    void summaryLineCountsDoneFailedAndRunningJobsAndTheElapsedTime() {
        List<JobSnapshot> jobs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            jobs.add(Jobs.completed(i, "ok " + i, "success"));
        }
        jobs.add(Jobs.completed(20, "bad", "failure"));
        jobs.add(Jobs.completed(21, "slow", "timed_out"));
        for (int i = 0; i < 4; i++) {
            jobs.add(Jobs.running(30 + i, "run " + i));
        }
        jobs.add(Jobs.queued(40, "q1"));
        jobs.add(Jobs.queued(41, "q2"));

        RunProgress p = RunProgress.of(jobs, Duration.ofMinutes(12).plusSeconds(31));

        assertEquals("14/20 done · 2 failed · 4 running · 12:31", p.line());
        assertEquals(2, p.queued());
    }

    @Test
    void cancelledAndSkippedJobsAreDoneButNotFailed() {
        RunProgress p = RunProgress.of(List.of(Jobs.completed(1, "a", "cancelled"), Jobs.completed(2, "b", "skipped")),
                Duration.ZERO);

        assertEquals("2/2 done · 0 failed · 0 running · 0:00", p.line());
    }

    @Test
    void anHourOrMoreShowsHours() {
        assertEquals("1:02:03", RunProgress.clock(Duration.ofSeconds(3723)));
    }

    @Test
    void aCompletedRunsElapsedTimeStopsAtItsLastUpdate() {
        RunSnapshot snapshot = new RunSnapshot(Jobs.run("completed", "success"), List.of(),
                RunLayout.place(WorkflowPlan.unavailable("none"), List.of()), java.util.Map.of(),
                java.util.Optional.empty(), Jobs.T0);

        assertEquals("0/0 done · 0 failed · 0 running · 12:31", snapshot.summaryLine(Jobs.T0.plusSeconds(99_999)));
    }
}
