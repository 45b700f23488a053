package dev.wheelhouse.runs.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Real time: one daemon thread runs every poll in turn, so polls of different runs never
 * overlap and a closing app is not kept alive by a poller.
 */
public final class ExecutorPollTimer implements PollTimer, AutoCloseable {

    private final Clock clock;
    private final ScheduledExecutorService executor;

    public ExecutorPollTimer(Clock clock) {
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wheelhouse-run-poller");
            t.setDaemon(true);
            return t;
        });
    }

    public static ExecutorPollTimer systemClock() {
        return new ExecutorPollTimer(Clock.systemUTC());
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> future = executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
