package dev.wheelhouse.sandbox.sim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every job of one run attempt with its whole timeline; jobs a cancel prevented are absent. */
public record AttemptSchedule(int attempt, Instant startedAt, List<ScheduledJob> jobs) {

    public AttemptSchedule {
        jobs = List.copyOf(jobs);
    }

    public List<ScheduledJob> visibleAt(Instant now) {
        return jobs.stream().filter(j -> j.visibleAt(now)).toList();
    }

    public Optional<ScheduledJob> job(long id) {
        return jobs.stream().filter(j -> j.id() == id).findFirst();
    }

    /** When the last job completes: the run's completion, absent later events. */
    public Instant completedAt() {
        return jobs.stream().map(ScheduledJob::completedAt).max(Instant::compareTo).orElse(startedAt);
    }

    public boolean completedBy(Instant now) {
        return !completedAt().isAfter(now);
    }

    /** {@code queued} until a job starts, {@code in_progress}, then {@code completed}. */
    public String statusAt(Instant now) {
        if (completedBy(now)) {
            return "completed";
        }
        boolean started = jobs.stream().anyMatch(j -> j.startedAt() != null && !j.startedAt().isAfter(now));
        return started ? "in_progress" : "queued";
    }

    /** Null until complete; then failure if any job failed, cancelled if cancelled, else success. */
    public String conclusionAt(Instant now, boolean cancelled) {
        if (!completedBy(now)) {
            return null;
        }
        if (jobs.stream().anyMatch(j -> j.conclusion().equals("failure"))) {
            return "failure";
        }
        if (cancelled || jobs.stream().anyMatch(j -> j.conclusion().equals("cancelled"))) {
            return "cancelled";
        }
        return "success";
    }

    /** The latest moment anything visible changed, for {@code updated_at}. */
    public Instant lastChangeBy(Instant now) {
        Instant latest = startedAt;
        for (ScheduledJob job : jobs) {
            for (Instant t : new Instant[]{job.createdAt(), job.startedAt(), job.completedAt()}) {
                if (t != null && !t.isAfter(now) && t.isAfter(latest)) {
                    latest = t;
                }
            }
        }
        return latest;
    }
}
