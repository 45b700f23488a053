package dev.wheelhouse.runs.poll;

import dev.wheelhouse.github.GitHubException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One scheduler for every open run. Each run is polled on its own adaptive interval
 * ({@link PollPolicy}): back to the short interval when jobs change, growing while only steps
 * move or GitHub answers 304 (up to twice the interval while jobs run, further while nothing
 * does). A finished run drops out. A rate limit (or a
 * {@code Retry-After}) holds every poll until it resets, because the budget belongs to the
 * token, not to a run
 * (https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api#handle-rate-limit-errors-appropriately).
 * No network: every run waits the offline interval. Paused (window minimized, offline, user): no
 * poll at all until resumed, then every run at once.
 *
 * <p>Polls run one after another on the timer's thread; no exception leaves a poll.
 */
public final class PollScheduler implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.wheelhouse.runs");

    private final PollTimer timer;
    private final PollPolicy policy;
    private final List<Entry> entries = new ArrayList<>();
    private final Set<PauseReason> paused = EnumSet.noneOf(PauseReason.class);
    private final Listeners<Consumer<PollStatus>> statusListeners = new Listeners<>();
    private Instant heldUntil;
    private boolean unreachable;
    private String lastProblem;
    private PollTimer.Cancellable armed;
    private Instant armedFor;
    private boolean closed;

    public PollScheduler(PollTimer timer, PollPolicy policy) {
        this.timer = timer;
        this.policy = policy;
    }

    public PollPolicy policy() {
        return policy;
    }

    public PollTimer timer() {
        return timer;
    }

    /** Starts polling {@code target}: the first poll as soon as possible. */
    public Registration register(PollTarget target) {
        Entry entry = new Entry(target);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the poll scheduler is closed");
            }
            entry.nextDue = timer.now();
            entries.add(entry);
            arm();
        }
        publishStatus();
        return entry;
    }

    public void pause(PauseReason reason) {
        synchronized (this) {
            if (!paused.add(reason)) {
                return;
            }
            disarm();
        }
        publishStatus();
    }

    /** Lifts one reason to pause; once none is left, every run is polled at once. */
    public void resume(PauseReason reason) {
        synchronized (this) {
            if (!paused.remove(reason) || !paused.isEmpty()) {
                return;
            }
            Instant now = timer.now();
            for (Entry e : entries) {
                e.nextDue = now;
                e.interval = policy.interval();
            }
            arm();
        }
        publishStatus();
    }

    public synchronized PollStatus status() {
        return new PollStatus(paused, Optional.ofNullable(heldUntil).filter(h -> h.isAfter(timer.now())), unreachable,
                entries.size(), Optional.ofNullable(lastProblem));
    }

    public Subscription subscribe(Consumer<PollStatus> listener) {
        return statusListeners.add(listener);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            entries.clear();
            disarm();
        }
    }

    private void fire() {
        List<Entry> due = new ArrayList<>();
        synchronized (this) {
            armed = null;
            armedFor = null;
            if (closed || !paused.isEmpty()) {
                return;
            }
            Instant now = timer.now();
            if (heldUntil != null && heldUntil.isAfter(now)) {
                arm();
                return;
            }
            for (Entry e : entries) {
                if (!e.nextDue.isAfter(now) && !e.running) {
                    e.running = true;
                    due.add(e);
                }
            }
        }
        for (Entry e : due) {
            pollOne(e);
        }
        synchronized (this) {
            arm();
        }
        publishStatus();
    }

    private void pollOne(Entry e) {
        PollOutcome outcome = null;
        GitHubException failure = null;
        RuntimeException bug = null;
        try {
            outcome = e.target.poll();
        } catch (GitHubException ex) {
            failure = ex;
        } catch (RuntimeException ex) {
            bug = ex;
        }
        boolean stopped = false;
        String problem = null;
        synchronized (this) {
            e.running = false;
            Instant now = timer.now();
            if (outcome != null) {
                unreachable = false;
                lastProblem = null;
                if (outcome == PollOutcome.FINISHED) {
                    entries.remove(e);
                    return;
                }
                e.interval = next(e.interval, outcome);
                e.nextDue = e.pollSoon ? now : now.plus(e.interval);
                e.pollSoon = false;
                return;
            }
            if (failure != null) {
                problem = failure.userMessage();
                switch (failure.kind()) {
                    case RATE_LIMITED -> {
                        Instant until = failure instanceof GitHubException.RateLimited r && r.resetAt().isPresent()
                                ? r.resetAt().get() : now.plus(policy.idleLongest());
                        heldUntil = until.isAfter(now) ? until : now.plus(policy.interval());
                        e.nextDue = heldUntil;
                    }
                    case NETWORK -> {
                        unreachable = true;
                        e.interval = policy.offlineRetry();
                        e.nextDue = now.plus(policy.offlineRetry());
                    }
                    case BAD_CREDENTIALS, PERMISSION, NOT_FOUND -> {
                        // Asking again gives the same answer until the user changes the token or the run.
                        stopped = true;
                        entries.remove(e);
                    }
                    case CANCELLED -> {
                        entries.remove(e);
                        return;
                    }
                    default -> backOff(e, now);
                }
            } else {
                LOG.log(System.Logger.Level.ERROR, "polling a run failed", bug);
                problem = "Updating the run failed unexpectedly (" + bug.getClass().getSimpleName()
                        + "); Wheelhouse keeps trying. If it goes on, report it with the log file.";
                backOff(e, now);
            }
            lastProblem = problem;
        }
        try {
            e.target.pollFailed(problem, stopped);
        } catch (RuntimeException ex) {
            LOG.log(System.Logger.Level.WARNING, "a poll failure listener failed", ex);
        }
    }

    private void backOff(Entry e, Instant now) {
        e.interval = min(policy.idleLongest(), e.interval.multipliedBy(2));
        e.nextDue = now.plus(e.interval);
    }

    /**
     * The next wait: the short interval after a job changed; growing while only steps move or
     * nothing changes, up to twice the interval while jobs run, further while nothing does.
     */
    private Duration next(Duration current, PollOutcome outcome) {
        return switch (outcome) {
            case JOBS_CHANGED, FINISHED -> policy.interval();
            case STEPS_CHANGED, UNCHANGED -> min(policy.busyLongest(), grown(current));
            case WAITING -> min(policy.idleLongest(), grown(current));
        };
    }

    private Duration grown(Duration current) {
        return Duration.ofNanos(Math.round(current.toNanos() * policy.growth()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Arms the timer for the earliest due poll; caller holds the lock. */
    private void arm() {
        if (closed || !paused.isEmpty() || entries.isEmpty()) {
            disarm();
            return;
        }
        Instant earliest = null;
        for (Entry e : entries) {
            if (!e.running && (earliest == null || e.nextDue.isBefore(earliest))) {
                earliest = e.nextDue;
            }
        }
        if (earliest == null) {
            return;
        }
        if (heldUntil != null && heldUntil.isAfter(earliest)) {
            earliest = heldUntil;
        }
        if (armed != null && !armedFor.isAfter(earliest)) {
            return;
        }
        disarm();
        armedFor = earliest;
        armed = timer.schedule(Duration.between(timer.now(), earliest), this::fire);
    }

    private void disarm() {
        if (armed != null) {
            armed.cancel();
            armed = null;
            armedFor = null;
        }
    }

    private void publishStatus() {
        if (!statusListeners.isEmpty()) {
            PollStatus s = status();
            statusListeners.fire(l -> l.accept(s));
        }
    }

    /** A run's place in the schedule. */
    public interface Registration {

        /** Polls again as soon as possible (after a cancel or re-run, the user expects to see it). */
        void pollSoon();

        /** Stops polling this run. */
        void cancel();

        /** The run is still polled (not finished, not cancelled, not stopped by a failure). */
        boolean active();

        /** The current wait between polls. */
        Duration interval();
    }

    private final class Entry implements Registration {
        private final PollTarget target;
        private Instant nextDue;
        private Duration interval = policy.interval();
        private boolean running;
        private boolean pollSoon;

        Entry(PollTarget target) {
            this.target = target;
        }

        @Override
        public void pollSoon() {
            synchronized (PollScheduler.this) {
                if (running) {
                    pollSoon = true;
                    return;
                }
                if (!entries.contains(this)) {
                    if (closed) {
                        return;
                    }
                    entries.add(this);
                }
                nextDue = timer.now();
                interval = policy.interval();
                arm();
            }
            publishStatus();
        }

        @Override
        public void cancel() {
            synchronized (PollScheduler.this) {
                entries.remove(this);
                arm();
            }
            publishStatus();
        }

        @Override
        public boolean active() {
            synchronized (PollScheduler.this) {
                return entries.contains(this);
            }
        }

        @Override
        public Duration interval() {
            synchronized (PollScheduler.this) {
                return interval;
            }
        }
    }
}
