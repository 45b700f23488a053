package dev.wheelhouse.testing;

import dev.wheelhouse.runs.PollTimer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * Time that only moves when a test moves it: a {@link Clock} for the sandbox and the client, and
 * the {@link PollTimer} of the run poller. Moving it runs every task that falls due, in time
 * order, with the clock at the task's moment; a task may schedule more. Nothing sleeps.
 */
public final class VirtualTime extends Clock implements PollTimer {

    private record Task(Instant due, long sequence, Runnable body, boolean[] cancelled) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.due.equals(b.due)
            ? Long.compare(a.sequence, b.sequence) : a.due.compareTo(b.due));
    private Instant now;
    private long sequence;

    public VirtualTime(Instant start) {
        this.now = start;
    }

    public static VirtualTime startingAt(String isoInstant) {
        return new VirtualTime(Instant.parse(isoInstant));
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public Instant now() {
        return instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        Instant due = delay.isNegative() ? now : now.plus(delay);
        tasks.add(new Task(due, sequence++, task, cancelled));
        return () -> {
            synchronized (VirtualTime.this) {
                cancelled[0] = true;
            }
        };
    }

    /** Moves the clock by {@code d}, running every task due on the way. */
    public void advance(Duration d) {
        Instant end;
        synchronized (this) {
            end = now.plus(d);
        }
        while (true) {
            Task next = nextDue(end);
            if (next == null) {
                break;
            }
            next.body.run();
        }
        synchronized (this) {
            if (now.isBefore(end)) {
                now = end;
            }
        }
    }

    /**
     * Runs tasks in time order until {@code done} holds or the clock would pass {@code limit} from
     * now. The clock only ever moves to a task's moment.
     *
     * @return whether {@code done} held
     */
    public boolean runUntil(BooleanSupplier done, Duration limit) {
        Instant end;
        synchronized (this) {
            end = now.plus(limit);
        }
        while (!done.getAsBoolean()) {
            Task next = nextDue(end);
            if (next == null) {
                return done.getAsBoolean();
            }
            next.body.run();
        }
        return true;
    }

    /** Tasks still waiting (cancelled ones excluded). */
    public synchronized int pending() {
        return (int) tasks.stream().filter(t -> !t.cancelled[0]).count();
    }

    private synchronized Task nextDue(Instant end) {
        while (!tasks.isEmpty()) {
            Task head = tasks.peek();
            if (head.cancelled[0]) {
                tasks.poll();
                continue;
            }
            if (head.due.isAfter(end)) {
                return null;
            }
            tasks.poll();
            if (head.due.isAfter(now)) {
                now = head.due;
            }
            return head;
        }
        return null;
    }
}
