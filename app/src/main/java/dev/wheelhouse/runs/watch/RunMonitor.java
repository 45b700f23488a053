package dev.wheelhouse.runs.watch;

import dev.wheelhouse.runs.failures.JobFailureCollector;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.runs.api.ActionsCalls;
import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.runs.dispatch.DispatchLog;
import dev.wheelhouse.runs.list.RunsList;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.poll.Listeners;
import dev.wheelhouse.runs.poll.PollPolicy;
import dev.wheelhouse.runs.poll.PollScheduler;
import dev.wheelhouse.runs.poll.PollTimer;
import dev.wheelhouse.runs.poll.Subscription;
import dev.wheelhouse.runs.stats.JobStatsCollector;
import dev.wheelhouse.runs.stats.LogCache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * What every open run shares: one client, one {@link PollScheduler}, one stats collector with its
 * log cache, the history, and the notification events. The app makes one; the run tabs ask it
 * for {@link RunWatcher}s (the same run opened twice is one watcher), the runs list and the
 * actions.
 */
public final class RunMonitor implements AutoCloseable {

    private final GitHubClient client;
    private final PollScheduler scheduler;
    private final JobStatsCollector collector;
    private final JobFailureCollector failureCollector;
    private final WorkflowPlans plans;
    private final RunArchive archive;
    private final ActionsCalls calls;
    private final RunActions actions;
    private final RunsList runs;
    private final Listeners<RunEventListener> events = new Listeners<>();
    private final Map<RunRef, RunWatcher> watchers = new LinkedHashMap<>();
    private volatile NotificationSettings notifications = NotificationSettings.ALL;

    public RunMonitor(GitHubClient client, PollScheduler scheduler, JobStatsCollector collector,
                      JobFailureCollector failureCollector, WorkflowPlans plans, RunArchive archive) {
        this.client = client;
        this.failureCollector = failureCollector;
        this.scheduler = scheduler;
        this.collector = collector;
        this.plans = plans;
        this.archive = archive;
        this.calls = new ActionsCalls(client);
        this.actions = new RunActions(calls);
        this.runs = new RunsList(calls);
    }

    /**
     * Wires a monitor from its parts.
     *
     * @param statsExecutor where job logs are fetched and scanned, off the poller thread so a big
     *                      download does not hold up the other runs' polls
     */
    public static RunMonitor create(GitHubClient client, PollTimer timer, PollPolicy policy, LogCache logs,
                                    RunArchive archive, DispatchLog dispatches, Executor statsExecutor) {
        return new RunMonitor(client, new PollScheduler(timer, policy),
                new JobStatsCollector(client, logs, archive, statsExecutor),
                new JobFailureCollector(client, logs, statsExecutor), new WorkflowPlans(client, dispatches), archive);
    }

    /**
     * A monitor that reads no cache figures (no annotation, no log): for a terminal table that
     * shows none, so watching costs only the polls.
     */
    public static RunMonitor withoutCacheFigures(GitHubClient client, PollTimer timer, PollPolicy policy,
                                                 DispatchLog dispatches) {
        Executor never = task -> { };
        return new RunMonitor(client, new PollScheduler(timer, policy),
                new JobStatsCollector(client, LogCache.openDefault(), RunArchive.NONE, never),
                new JobFailureCollector(client, LogCache.openDefault(), never), new WorkflowPlans(client, dispatches),
                RunArchive.NONE);
    }

    /** Starts watching a run, or gives the watcher already open for it. */
    public RunWatcher watch(RunRef ref) {
        synchronized (watchers) {
            RunWatcher open = watchers.get(ref);
            if (open != null) {
                return open;
            }
            RunWatcher watcher = new RunWatcher(ref, this);
            watchers.put(ref, watcher);
            return watcher;
        }
    }

    public List<RunWatcher> open() {
        synchronized (watchers) {
            return List.copyOf(watchers.values());
        }
    }

    public RunActions actions() {
        return actions;
    }

    public RunsList runs() {
        return runs;
    }

    public PollScheduler scheduler() {
        return scheduler;
    }

    public GitHubClient client() {
        return client;
    }

    /** Run completed, job failed: for desktop notifications, filtered by {@link #notificationSettings()}. */
    public Subscription onEvents(RunEventListener listener) {
        return events.add(listener);
    }

    public NotificationSettings notificationSettings() {
        return notifications;
    }

    public void notificationSettings(NotificationSettings settings) {
        this.notifications = settings;
    }

    @Override
    public void close() {
        for (RunWatcher w : open()) {
            w.close();
        }
        scheduler.close();
    }

    ActionsCalls calls() {
        return calls;
    }

    JobStatsCollector collector() {
        return collector;
    }

    /** Why failed jobs failed, and their logs (the log viewer opens them through it). */
    public JobFailureCollector failureCollector() {
        return failureCollector;
    }

    WorkflowPlans plans() {
        return plans;
    }

    RunArchive archive() {
        return archive;
    }

    void forget(RunWatcher watcher) {
        RunRef ref = watcher.ref();
        boolean lastOfRun;
        synchronized (watchers) {
            watchers.remove(ref, watcher);
            lastOfRun = watchers.keySet().stream()
                    .noneMatch(r -> r.runId() == ref.runId() && r.repository().equals(ref.repository()));
        }
        if (lastOfRun) {
            // Nobody asks for this run again: its conditional answers would only hold memory.
            calls().forgetRun(ref.repository(), ref.runId(), watcher.checkRunIds());
        }
    }

    /** Fires the events between two snapshots of one run: only what changed while watched. */
    void announce(RunSnapshot previous, RunSnapshot next) {
        if (previous == null || events.isEmpty()) {
            return;
        }
        if (previous.run().attempt() == next.run().attempt()) {
            for (JobSnapshot job : next.jobs()) {
                if (!job.failed()) {
                    continue;
                }
                boolean wasFailed = previous.job(job.id()).map(JobSnapshot::failed).orElse(false);
                if (!wasFailed) {
                    events.fire(l -> l.jobFailed(next, job));
                }
            }
        } else {
            next.jobs().stream().filter(JobSnapshot::failed)
                    .filter(j -> previous.job(j.id()).isEmpty())
                    .forEach(job -> events.fire(l -> l.jobFailed(next, job)));
        }
        boolean completedNow = next.run().completed()
                && (!previous.run().completed() || previous.run().attempt() != next.run().attempt());
        if (completedNow && notifications.notifiesCompletion(next.run())) {
            events.fire(l -> l.runCompleted(next));
        }
    }
}
