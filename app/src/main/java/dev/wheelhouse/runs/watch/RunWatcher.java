package dev.wheelhouse.runs.watch;

import dev.wheelhouse.failures.JobFailures;
import dev.wheelhouse.github.Fetched;
import dev.wheelhouse.github.model.WorkflowRun;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.JobStates;
import dev.wheelhouse.runs.model.JobStats;
import dev.wheelhouse.runs.model.MatrixCells;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.runs.model.RunLayout;
import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.model.StripJob;
import dev.wheelhouse.runs.model.WorkflowPlan;
import dev.wheelhouse.runs.poll.Listeners;
import dev.wheelhouse.runs.poll.PollOutcome;
import dev.wheelhouse.runs.poll.PollScheduler;
import dev.wheelhouse.runs.poll.PollTarget;
import dev.wheelhouse.runs.poll.Subscription;
import dev.wheelhouse.runs.stats.JobContexts;
import dev.wheelhouse.sccache.JobContext;
import dev.wheelhouse.sccache.RunCacheSummary;
import dev.wheelhouse.sccache.RunComparison;
import dev.wheelhouse.workflow.WorkflowJob;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One run kept up to date: each poll asks for the jobs list (conditional, so an unchanged run
 * costs nothing against the rate limit) and asks for the run itself only when the jobs say it may
 * have changed: at the start, when a new attempt shows, and while every job is done but the run
 * not yet. It maps the jobs to their matrix cells, hands completed jobs to the stats collector,
 * writes the history as jobs complete, and tells listeners and the notification events. Polling
 * stops when the run has completed; a re-run from {@link RunActions} starts it again.
 *
 * <p>Obtain one from {@link RunMonitor#watch(RunRef)}. Thread-safe; listeners are called on a
 * poller thread, never under a lock.
 */
public final class RunWatcher implements AutoCloseable {

    private final RunRef ref;
    private final RunMonitor monitor;
    private final JobListTracker jobs;
    private final Listeners<RunWatchListener> listeners = new Listeners<>();
    private final PollScheduler.Registration registration;
    private final Map<Long, JobStats> stats = new LinkedHashMap<>();
    private final Set<Long> statsRequested = new HashSet<>();
    private final Map<Long, JobFailures> failures = new LinkedHashMap<>();
    private final Set<Long> failuresRequested = new HashSet<>();
    private final Set<Long> recordedCompleted = new HashSet<>();
    private RunInfo run;
    private volatile WorkflowPlan plan;
    private String planSha;
    private volatile RunSnapshot latest;
    private final Object publishLock = new Object();
    private RunSnapshot published;
    private Optional<RunComparison> comparison = Optional.empty();
    private boolean comparisonAsked;
    private volatile boolean closed;
    /** Every check run seen, earlier attempts' included: their annotations were read too. */
    private final Set<Long> checkRuns = java.util.concurrent.ConcurrentHashMap.newKeySet();

    RunWatcher(RunRef ref, RunMonitor monitor) {
        this.ref = ref;
        this.monitor = monitor;
        this.jobs = new JobListTracker(monitor.calls(), ref);
        this.registration = monitor.scheduler().register(new Target());
    }

    public RunRef ref() {
        return ref;
    }

    /** The latest snapshot; empty until the first poll has answered. Never blocks. */
    public Optional<RunSnapshot> latest() {
        return Optional.ofNullable(latest);
    }

    /** Listens to every later snapshot; the current one, if any, is handed over at once. */
    public Subscription subscribe(RunWatchListener listener) {
        synchronized (publishLock) {
            Subscription s = listeners.add(listener);
            if (published != null) {
                listener.snapshot(published);
            }
            return s;
        }
    }

    /** Polls again now: after an action, or when the user asks. Restarts a finished watch. */
    public void refresh() {
        registration.pollSoon();
    }

    /** The run is still being polled. */
    public boolean polling() {
        return registration.active();
    }

    /**
     * Reads a completed job's log for the figures only it has (per language, diagnoses), from the
     * log cache when possible; the result arrives as a new snapshot.
     */
    public void loadJobDetails(long jobId) {
        RunSnapshot now = latest;
        JobSnapshot job = now == null ? null : now.job(jobId).orElse(null);
        if (job == null) {
            return;
        }
        JobContext context = contextOf(now, job);
        monitor.collector().collectDetails(ref.repository(), job, context, this::statsArrived);
    }

    /** The check runs of every job seen, in any attempt: where their annotations were read. */
    List<Long> checkRunIds() {
        return checkRuns.stream().filter(id -> id > 0).toList();
    }

    @Override
    public void close() {
        closed = true;
        registration.cancel();
        monitor.forget(this);
    }

    private PollOutcome poll() {
        if (closed) {
            return PollOutcome.FINISHED;
        }
        // Only the poller thread touches the tracker, run and plan; the lock guards what is published.
        JobListTracker.Refresh refresh = jobs.refresh();
        PollOutcome outcome = refresh.change();
        List<JobSnapshot> current = refresh.jobs();
        current.forEach(job -> checkRuns.add(job.checkRunId()));
        if (runNeeded(current)) {
            Fetched<WorkflowRun> answer = ref.attempt().isPresent()
                    ? monitor.calls().runAttempt(ref.repository(), ref.runId(), ref.attempt().getAsInt())
                    : monitor.calls().run(ref.repository(), ref.runId());
            RunInfo fetched = RunInfo.of(answer.value());
            if (run == null || !Objects.equals(run.status(), fetched.status())
                    || !Objects.equals(run.conclusion(), fetched.conclusion()) || run.attempt() != fetched.attempt()) {
                outcome = PollOutcome.JOBS_CHANGED;
            } else if (!fetched.equals(run) && outcome == PollOutcome.UNCHANGED) {
                outcome = PollOutcome.STEPS_CHANGED;
            }
            if (run != null && fetched.attempt() != run.attempt()) {
                synchronized (this) {
                    comparison = Optional.empty();
                    comparisonAsked = false;
                }
            }
            run = fetched;
        }
        if (plan == null || !Objects.equals(planSha, run.headSha())) {
            Optional<WorkflowPlan> read = monitor.plans().planFor(ref.repository(), run);
            plan = read.orElseGet(() -> WorkflowPlan.unavailable("The workflow file " + run.workflowPath()
                    + " could not be fetched yet; the grid appears once it is."));
            planSha = read.isPresent() ? run.headSha() : null;
            if (read.isPresent() && outcome == PollOutcome.UNCHANGED) {
                outcome = PollOutcome.STEPS_CHANGED;
            }
        }
        RunSnapshot previous;
        RunSnapshot next;
        List<JobSnapshot> newlyCompleted;
        synchronized (this) {
            previous = latest;
            if (outcome == PollOutcome.UNCHANGED && previous != null) {
                return previous.finished() ? PollOutcome.FINISHED
                        : current.stream().anyMatch(JobSnapshot::running) ? PollOutcome.UNCHANGED : PollOutcome.WAITING;
            }
            next = build(current);
            latest = next;
            newlyCompleted = current.stream().filter(JobSnapshot::completed)
                    .filter(j -> !recordedCompleted.contains(j.id())).toList();
            newlyCompleted.forEach(j -> recordedCompleted.add(j.id()));
        }
        if (!newlyCompleted.isEmpty() || previous == null || !previous.run().equals(next.run())) {
            monitor.archive().recordJobs(ref.repository(), next);
        }
        publish();
        requestStats(next);
        requestFailures(next);
        monitor.announce(previous, next);
        return next.finished() ? PollOutcome.FINISHED : outcome;
    }

    /**
     * The run payload changes only with its status, conclusion, attempt and times, and the jobs
     * list shows when those may have moved: it is fetched at the start, when a new attempt's
     * jobs appear or a completed run's jobs start again, and while all jobs are done but the run
     * is not (GitHub completes the run a moment after its last job).
     */
    private boolean runNeeded(List<JobSnapshot> current) {
        if (run == null) {
            return true;
        }
        if (current.stream().anyMatch(j -> j.runAttempt() > run.attempt())) {
            return true;
        }
        boolean allDone = current.stream().allMatch(JobSnapshot::completed);
        if (run.completed()) {
            return !allDone;
        }
        boolean started = current.stream().anyMatch(j -> j.running() || j.completed());
        return current.isEmpty() || allDone || (started && !JobStates.running(run.status()));
    }

    private RunSnapshot build(List<JobSnapshot> current) {
        Set<Long> ids = new HashSet<>();
        current.forEach(j -> ids.add(j.id()));
        Map<Long, JobStats> shown = new LinkedHashMap<>();
        stats.forEach((id, s) -> {
            if (ids.contains(id)) {
                shown.put(id, s);
            }
        });
        Map<Long, JobFailures> reasons = new LinkedHashMap<>();
        failures.forEach((id, f) -> {
            if (ids.contains(id)) {
                reasons.put(id, f);
            }
        });
        return new RunSnapshot(run, current, RunLayout.place(plan, current), shown, comparison,
                monitor.scheduler().timer().now(), reasons);
    }

    /** Asks once for the reason of each newly failed job; it arrives in {@link #failureArrived}. */
    private void requestFailures(RunSnapshot snapshot) {
        for (JobSnapshot job : snapshot.jobs()) {
            if (!job.failed() || !job.ranOnRunner()) {
                continue;
            }
            synchronized (this) {
                if (!failuresRequested.add(job.id())) {
                    continue;
                }
            }
            monitor.failureCollector().collect(ref.repository(), job, this::failureArrived);
        }
    }

    private void failureArrived(JobFailures arrived) {
        RunInfo runNow;
        synchronized (this) {
            if (latest == null) {
                return;
            }
            failures.put(arrived.jobId(), arrived);
            runNow = latest.run();
            if (latest.job(arrived.jobId()).isEmpty()) {
                return;
            }
            Map<Long, JobFailures> shown = new LinkedHashMap<>(latest.failures());
            shown.put(arrived.jobId(), arrived);
            latest = latest.withFailures(shown);
        }
        if (arrived.logProblem() == null || !arrived.report().failures().isEmpty()) {
            monitor.archive().recordFailure(ref.repository(), runNow, arrived);
        }
        publish();
    }

    private void requestStats(RunSnapshot snapshot) {
        for (JobSnapshot job : snapshot.jobs()) {
            if (!job.ranOnRunner()) {
                continue;
            }
            JobContext context;
            synchronized (this) {
                if (statsRequested.contains(job.id()) || !expectsStats(snapshot, job)) {
                    continue;
                }
                statsRequested.add(job.id());
                context = contextOf(snapshot, job);
            }
            monitor.collector().collect(ref.repository(), job, context, this::statsArrived);
        }
    }

    private void statsArrived(JobStats arrived) {
        RunInfo runNow;
        JobSnapshot job;
        synchronized (this) {
            if (latest == null) {
                return;
            }
            stats.put(arrived.jobId(), arrived);
            if (!arrived.hasFigures() && arrived.problem().isPresent()) {
                // A passing failure: the next poll (or the next opening) asks again.
                statsRequested.remove(arrived.jobId());
            }
            runNow = latest.run();
            job = latest.job(arrived.jobId()).orElse(null);
            Map<Long, JobStats> shown = new LinkedHashMap<>(latest.stats());
            if (job != null) {
                shown.put(arrived.jobId(), arrived);
            }
            if (comparison.isEmpty() && !comparisonAsked && allStatsIn(latest, shown)) {
                comparisonAsked = true;
                RunCacheSummary mine = latest.withStats(shown, Optional.empty()).cacheSummary();
                comparison = monitor.archive().previousRun(ref.repository(), runNow)
                        .map(earlier -> new RunComparison(earlier, mine));
            }
            latest = latest.withStats(shown, comparison);
        }
        if (job != null && arrived.source() != JobStats.Source.HISTORY) {
            monitor.archive().recordStats(ref.repository(), runNow, job, arrived);
        }
        publish();
    }

    /**
     * Hands the latest snapshot to the listeners, never an older one after a newer: polls and
     * arriving stats publish from different threads.
     */
    private void publish() {
        synchronized (publishLock) {
            RunSnapshot current = latest;
            if (current == null || current == published) {
                return;
            }
            published = current;
            listeners.fire(l -> l.snapshot(current));
        }
    }

    /** Every job expected to have figures has them (or has said why not), and the run is done. */
    private boolean allStatsIn(RunSnapshot snapshot, Map<Long, JobStats> shown) {
        if (!snapshot.finished()) {
            return false;
        }
        return snapshot.jobs().stream().filter(JobSnapshot::ranOnRunner).filter(j -> expectsStats(snapshot, j))
                .allMatch(j -> shown.containsKey(j.id()));
    }

    private boolean expectsStats(RunSnapshot snapshot, JobSnapshot job) {
        return workflowJobOf(snapshot, job).map(JobContexts::usesSccache).orElse(true);
    }

    private JobContext contextOf(RunSnapshot snapshot, JobSnapshot job) {
        return workflowJobOf(snapshot, job).map(w -> JobContexts.of(w, job.labels())).orElse(JobContext.UNKNOWN);
    }

    private Optional<WorkflowJob> workflowJobOf(RunSnapshot snapshot, JobSnapshot job) {
        Optional<MatrixCells> matrix = snapshot.layout().matrixOf(job.id());
        if (matrix.isPresent()) {
            return Optional.of(matrix.get().report().job());
        }
        return snapshot.layout().strip().stream()
                .filter(s -> s.runJobId().isPresent() && s.runJobId().get() == job.id())
                .findFirst().flatMap(StripJob::workflowJobId)
                .flatMap(id -> plan == null ? Optional.empty() : plan.job(id).map(r -> r.job()));
    }

    private final class Target implements PollTarget {
        @Override
        public PollOutcome poll() {
            return RunWatcher.this.poll();
        }

        @Override
        public void pollFailed(String message, boolean stopped) {
            listeners.fire(l -> l.problem(message, stopped));
        }
    }
}
