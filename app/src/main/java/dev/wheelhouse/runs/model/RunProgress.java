package dev.wheelhouse.runs.model;

import java.time.Duration;
import java.util.List;

/**
 * Counts for the run's summary line: {@code 14/20 done · 2 failed · 4 running · 12:31}.
 *
 * @param total   jobs GitHub has created so far in this attempt
 * @param done    completed jobs, whatever their conclusion (skipped included)
 * @param failed  completed jobs that failed, timed out or could not start
 * @param running jobs on a runner now
 * @param elapsed the attempt's run time so far, or in all once completed
 */
public record RunProgress(int total, int done, int failed, int running, Duration elapsed) {

    static RunProgress of(List<JobSnapshot> jobs, Duration elapsed) {
        int done = 0;
        int failed = 0;
        int running = 0;
        for (JobSnapshot job : jobs) {
            if (job.completed()) {
                done++;
                if (job.failed()) {
                    failed++;
                }
            } else if (job.running()) {
                running++;
            }
        }
        return new RunProgress(jobs.size(), done, failed, running, elapsed);
    }

    public int queued() {
        return total - done - running;
    }

    /** {@code 14/20 done · 2 failed · 4 running · 12:31}. */
    public String line() {
        return done + "/" + total + " done · " + failed + " failed · " + running + " running · " + clock(elapsed);
    }

    /** {@code 12:31} under an hour, {@code 1:02:03} from one hour. */
    public static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
    }
}
