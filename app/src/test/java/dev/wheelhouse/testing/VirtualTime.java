package dev.wheelhouse.testing;

import dev.wheelhouse.runs.poll.PollTimer;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * Time that only moves when a test moves it: a {@link MutableClock} for the sandbox and the
 * client, and the {@link PollTimer} of the run poller. Moving it runs every task that falls due,
 * in time order, with the clock at the task's moment; a task may schedule more. Nothing sleeps.
 */
public final class VirtualTime implements PollTimer {

    private record Task(Instant due, long sequence, Runnable body, boolean[] cancelled) {
    }

    private final MutableClock clock;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.due.equals(b.due)
            ? Long.compare(a.sequence, b.sequence) : a.due.compareTo(b.due));
    private long sequence;

    public VirtualTime(Instant start) {
        this.clock = new MutableClock(start);
    }

    public static VirtualTime startingAt(String isoInstant) {
        return new VirtualTime(Instant.parse(isoInstant));
    }

    /** The clock to give the sandbox, the client and anything else that must share this time. */
    public MutableClock clock() {
        return clock;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        Instant due = delay.isNegative() ? now() : now().plus(delay);
        tasks.add(new Task(due, sequence++, task, cancelled));
        return () -> {
            synchronized (VirtualTime.this) {
                cancelled[0] = true;
            }
        };
    }

    /** Moves the clock by {@code d}, running every task due on the way. */
    public void advance(Duration d) {
        Instant end = now().plus(d);
        while (true) {
            Task next = nextDue(end);
            if (next == null) {
                break;
            }
            next.body.run();
        }
        moveTo(end);
    }

    /**
     * Runs tasks in time order until {@code done} holds or the clock would pass {@code limit} from
     * now. The clock only ever moves to a task's moment.
     *
     * @return whether {@code done} held
     */
    public boolean runUntil(BooleanSupplier done, Duration limit) {
        Instant end = now().plus(limit);
        while (!done.getAsBoolean()) {
            Task next = nextDue(end);
            if (next == null) {
                return done.getAsBoolean();
            }
            next.body.run();
        }
        return true;
    }

    private synchronized Task nextDue(Instant end) {
        while (!tasks.isEmpty()) {
            Task head = tasks.poll();
            if (head.cancelled[0]) {
                continue;
            }
            if (head.due.isAfter(end)) {
                tasks.add(head);
                return null;
            }
            moveTo(head.due);
            return head;
        }
        return null;
    }

    private synchronized void moveTo(Instant t) {
        Instant now = now();
        if (t.isAfter(now)) {
            clock.advance(Duration.between(now, t));
        }
    }
}
