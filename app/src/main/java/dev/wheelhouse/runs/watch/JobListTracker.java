package dev.wheelhouse.runs.watch;

import dev.wheelhouse.github.Fetched;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.github.model.JobList;
import dev.wheelhouse.runs.api.ActionsCalls;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.poll.PollOutcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The jobs of one run attempt, kept up to date with as few counted requests as possible: every
 * page ({@value ActionsCalls#JOBS_PER_PAGE} jobs) is a conditional GET, so an unchanged page is a
 * free 304; a page whose jobs had all completed is not asked for again while the job count stays
 * the same; a job once seen completed keeps the snapshot it completed with.
 */
final class JobListTracker {

    /** What one refresh found. */
    record Refresh(List<JobSnapshot> jobs, PollOutcome change, int requests) {
    }

    private final ActionsCalls actions;
    private final RunRef ref;
    private final Map<Integer, List<JobSnapshot>> pages = new HashMap<>();
    private final Map<Long, JobSnapshot> completed = new HashMap<>();
    private Map<Long, JobSnapshot> current = Map.of();
    private int totalCount = -1;

    JobListTracker(ActionsCalls actions, RunRef ref) {
        this.actions = actions;
        this.ref = ref;
    }

    Refresh refresh() {
        int requests = 1;
        Fetched<JobList> first = fetch(1);
        boolean countChanged = first.value().totalCount() != totalCount;
        totalCount = first.value().totalCount();
        if (!first.unchanged() || !pages.containsKey(1)) {
            pages.put(1, snapshots(first.value()));
        }
        int pageCount = Math.max(1, (totalCount + ActionsCalls.JOBS_PER_PAGE - 1) / ActionsCalls.JOBS_PER_PAGE);
        for (int page = 2; page <= pageCount; page++) {
            List<JobSnapshot> known = pages.get(page);
            boolean settled = known != null && known.size() == ActionsCalls.JOBS_PER_PAGE
                    && known.stream().allMatch(JobSnapshot::completed);
            if (settled && !countChanged) {
                continue;
            }
            requests++;
            pages.put(page, snapshots(fetch(page).value()));
        }
        pages.keySet().removeIf(p -> p > pageCount);

        Map<Long, JobSnapshot> next = new LinkedHashMap<>();
        for (int page = 1; page <= pageCount; page++) {
            for (JobSnapshot job : pages.getOrDefault(page, List.of())) {
                next.putIfAbsent(job.id(), job);
            }
        }
        PollOutcome change = compare(current, next);
        current = next;
        return new Refresh(List.copyOf(next.values()), change, requests);
    }

    /** The latest list as last fetched. */
    List<JobSnapshot> jobs() {
        return List.copyOf(current.values());
    }

    private Fetched<JobList> fetch(int page) {
        return ref.attempt().isPresent()
                ? actions.attemptJobs(ref.repository(), ref.runId(), ref.attempt().getAsInt(), page)
                : actions.jobs(ref.repository(), ref.runId(), page);
    }

    private List<JobSnapshot> snapshots(JobList list) {
        List<JobSnapshot> out = new ArrayList<>(list.jobs().size());
        for (Job job : list.jobs()) {
            JobSnapshot kept = completed.get(job.id());
            if (kept != null) {
                out.add(kept);
                continue;
            }
            JobSnapshot snapshot = JobSnapshot.of(job);
            if (snapshot.completed()) {
                completed.put(job.id(), snapshot);
            }
            out.add(snapshot);
        }
        return out;
    }

    private static PollOutcome compare(Map<Long, JobSnapshot> before, Map<Long, JobSnapshot> after) {
        if (!before.keySet().equals(after.keySet())) {
            return PollOutcome.JOBS_CHANGED;
        }
        boolean steps = false;
        for (JobSnapshot job : after.values()) {
            JobSnapshot old = before.get(job.id());
            if (!Objects.equals(old.status(), job.status()) || !Objects.equals(old.conclusion(), job.conclusion())) {
                return PollOutcome.JOBS_CHANGED;
            }
            if (!old.equals(job)) {
                steps = true;
            }
        }
        return steps ? PollOutcome.STEPS_CHANGED : PollOutcome.UNCHANGED;
    }
}
