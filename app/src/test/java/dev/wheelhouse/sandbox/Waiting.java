package dev.wheelhouse.sandbox;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for a condition by re-checking it on a scheduler: no sleeping threads, a hard deadline. */
final class Waiting {

    /** A check that may call the sandbox. */
    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }

    private Waiting() {
    }

    static void until(Check check, Duration timeout, String what) throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            scheduler.scheduleWithFixedDelay(() -> {
                try {
                    if (check.holds()) {
                        done.complete(null);
                    }
                } catch (Exception e) {
                    done.completeExceptionally(e);
                }
            }, 0, 25, TimeUnit.MILLISECONDS);
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("gave up after " + timeout + " waiting for " + what, e);
        } finally {
            scheduler.shutdownNow();
        }
    }
}
