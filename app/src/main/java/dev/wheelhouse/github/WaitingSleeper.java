package dev.wheelhouse.github;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The real {@link Sleeper}: waits on a monitor until the time is up or {@link #wakeAll()} is
 * called (the app calls it on shutdown so no poller keeps the JVM busy).
 */
public final class WaitingSleeper implements Sleeper {

    private final Object monitor = new Object();
    private long generation;

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (monitor) {
            long started = generation;
            long left = deadline - System.nanoTime();
            while (left > 0 && generation == started) {
                TimeUnit.NANOSECONDS.timedWait(monitor, left);
                left = deadline - System.nanoTime();
            }
        }
    }

    /** Ends every wait in progress now. */
    public void wakeAll() {
        synchronized (monitor) {
            generation++;
            monitor.notifyAll();
        }
    }
}
