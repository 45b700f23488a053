package dev.wheelhouse.runs.poll;

import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.testing.VirtualTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PollSchedulerTest {

    private final VirtualTime time = VirtualTime.startingAt("2026-06-02T09:00:00Z");
    private final Instant start = time.now();
    private final PollScheduler scheduler = new PollScheduler(time, PollPolicy.defaults());

    /** A target answering from a script, remembering when it was polled. */
    private static final class Scripted implements PollTarget {
        final Deque<Supplier<PollOutcome>> script = new ArrayDeque<>();
        final List<Instant> polls = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final VirtualTime time;
        Supplier<PollOutcome> otherwise;

        Scripted(VirtualTime time, Supplier<PollOutcome> otherwise) {
            this.time = time;
            this.otherwise = otherwise;
        }

        @Override
        public PollOutcome poll() {
            polls.add(time.now());
            return script.isEmpty() ? otherwise.get() : script.poll().get();
        }

        @Override
        public void pollFailed(String message, boolean stopped) {
            problems.add((stopped ? "stopped: " : "") + message);
        }

        List<Long> secondsSinceStart(Instant start) {
            return polls.stream().map(p -> Duration.between(start, p).toMillis() / 1000).toList();
        }
    }

    @Test
    void jobChangesKeepTheShortIntervalAndQuietPollsStretchItToTwiceThatWhileJobsRun() {
        Scripted target = new Scripted(time, () -> PollOutcome.UNCHANGED);
        target.script.add(() -> PollOutcome.JOBS_CHANGED);
        target.script.add(() -> PollOutcome.JOBS_CHANGED);
        scheduler.register(target);

        time.advance(Duration.ofSeconds(60));

        // 0, 5 (changed) → 10; then unchanged: 7.5 s, 10 s (busy ceiling), 10 s, …
        assertEquals(List.of(0L, 5L, 10L, 17L, 27L, 37L, 47L, 57L), target.secondsSinceStart(start));
    }

    @Test
    void whileNothingRunsTheWaitGrowsToAMinute() {
        Scripted target = new Scripted(time, () -> PollOutcome.WAITING);
        scheduler.register(target);

        time.advance(Duration.ofMinutes(5));

        List<Long> at = target.secondsSinceStart(start);
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < at.size(); i++) {
            gaps.add(at.get(i) - at.get(i - 1));
        }
        assertEquals(List.of(7L, 11L, 17L, 25L, 38L, 57L, 60L), gaps.subList(0, 7));
    }

    @Test
    void aFinishedRunIsPolledNoMoreUntilAskedToAgain() {
        Scripted target = new Scripted(time, () -> PollOutcome.FINISHED);
        PollScheduler.Registration registration = scheduler.register(target);

        time.advance(Duration.ofMinutes(2));
        assertEquals(1, target.polls.size());
        assertFalse(registration.active());

        registration.pollSoon();
        time.advance(Duration.ofSeconds(1));
        assertEquals(2, target.polls.size());
    }

    @Test
    void pausedForAnyReasonNothingIsPolledAndResumingPollsAtOnce() {
        Scripted target = new Scripted(time, () -> PollOutcome.JOBS_CHANGED);
        scheduler.register(target);
        time.advance(Duration.ZERO);
        scheduler.pause(PauseReason.MINIMIZED);
        scheduler.pause(PauseReason.OFFLINE);

        time.advance(Duration.ofMinutes(10));
        assertEquals(1, target.polls.size());
        scheduler.resume(PauseReason.MINIMIZED);
        time.advance(Duration.ofMinutes(1));
        assertEquals(1, target.polls.size(), "still offline");
        assertEquals(java.util.Set.of(PauseReason.OFFLINE), scheduler.status().paused());

        scheduler.resume(PauseReason.OFFLINE);
        time.advance(Duration.ZERO);
        assertEquals(2, target.polls.size());
        assertEquals(time.now(), target.polls.get(1));
    }

    @Test
    void aRateLimitHoldsEveryRunUntilItResets() {
        Instant reset = start.plus(Duration.ofMinutes(7));
        Scripted limited = new Scripted(time, () -> PollOutcome.JOBS_CHANGED);
        limited.script.add(() -> {
            throw new GitHubException.RateLimited(403, "rate limit used up; resets at 09:07", reset);
        });
        Scripted other = new Scripted(time, () -> PollOutcome.JOBS_CHANGED);
        scheduler.register(limited);
        scheduler.register(other);
        time.advance(Duration.ZERO);
        assertEquals(1, other.polls.size());
        assertEquals(reset, scheduler.status().heldUntil().orElseThrow());

        time.advance(Duration.ofMinutes(7).minusMillis(1));
        assertEquals(1, limited.polls.size());
        assertEquals(1, other.polls.size(), "the budget is the token's: no run is polled while it is spent");

        time.advance(Duration.ofMillis(1));
        assertEquals(2, limited.polls.size());
        assertEquals(reset, limited.polls.get(1));
        assertEquals(List.of("rate limit used up; resets at 09:07"), limited.problems);
    }

    @Test
    void withoutNetworkTheRunWaitsTheOfflineIntervalAndTheStatusSaysSo() {
        Scripted target = new Scripted(time, () -> PollOutcome.JOBS_CHANGED);
        target.script.add(() -> {
            throw new GitHubException(GitHubException.Kind.NETWORK, 0, "Could not reach api.github.com");
        });
        scheduler.register(target);
        time.advance(Duration.ZERO);
        assertTrue(scheduler.status().unreachable());

        time.advance(Duration.ofSeconds(29));
        assertEquals(1, target.polls.size());
        time.advance(Duration.ofSeconds(1));
        assertEquals(2, target.polls.size());
        assertFalse(scheduler.status().unreachable());
    }

    @Test
    void badCredentialsStopThePollingAndSayWhy() {
        Scripted target = new Scripted(time, () -> {
            throw new GitHubException(GitHubException.Kind.BAD_CREDENTIALS, 401, "GitHub rejected the token");
        });
        PollScheduler.Registration registration = scheduler.register(target);

        time.advance(Duration.ofMinutes(5));

        assertEquals(1, target.polls.size());
        assertFalse(registration.active());
        assertEquals(List.of("stopped: GitHub rejected the token"), target.problems);
    }

    @Test
    void anUnexpectedFailureInAPollNeverEscapesAndPollingGoesOn() {
        Scripted target = new Scripted(time, () -> PollOutcome.JOBS_CHANGED);
        target.script.add(() -> {
            throw new IllegalStateException("a bug");
        });
        scheduler.register(target);

        time.advance(Duration.ofSeconds(30));

        assertTrue(target.polls.size() > 2);
        assertTrue(target.problems.get(0).startsWith("Updating the run failed unexpectedly (IllegalStateException)"));
        assertEquals(java.util.Optional.empty(), scheduler.status().lastProblem());
    }

    @Test
    void eachRunKeepsItsOwnInterval() {
        Scripted busy = new Scripted(time, () -> PollOutcome.JOBS_CHANGED);
        Scripted idle = new Scripted(time, () -> PollOutcome.WAITING);
        scheduler.register(busy);
        scheduler.register(idle);

        time.advance(Duration.ofSeconds(60));

        assertEquals(13, busy.polls.size());
        assertEquals(4, idle.polls.size(), "0, 7.5, 18.75, 35.6 s");
    }
}
