package dev.wheelhouse.cli;

import dev.wheelhouse.runs.poll.ExecutorPollTimer;
import dev.wheelhouse.runs.poll.PollTimer;

import java.time.Clock;
import java.util.function.BooleanSupplier;

/**
 * Time for {@code watch}: the poll timer, and the wait for the run to end. Real time in the
 * jar; tests drive virtual time from their own thread instead.
 */
interface WatchDriver extends AutoCloseable {

    PollTimer timer();

    /** Returns once {@code done} holds; listeners call {@link #wake()} when something changed. */
    void runUntil(BooleanSupplier done) throws InterruptedException;

    void wake();

    @Override
    void close();

    static WatchDriver realTime() {
        ExecutorPollTimer timer = new ExecutorPollTimer(Clock.systemUTC());
        Object monitor = new Object();
        return new WatchDriver() {
            @Override
            public PollTimer timer() {
                return timer;
            }

            @Override
            public void runUntil(BooleanSupplier done) throws InterruptedException {
                synchronized (monitor) {
                    while (!done.getAsBoolean()) {
                        monitor.wait();
                    }
                }
            }

            @Override
            public void wake() {
                synchronized (monitor) {
                    monitor.notifyAll();
                }
            }

            @Override
            public void close() {
                timer.close();
            }
        };
    }
}
