package dev.wheelhouse.github;

import java.time.Duration;

/**
 * Waits between retries and polls. Tests pass one that advances a fake clock instead of
 * waiting; the app uses {@link WaitingSleeper}, which a user's "Cancel" can cut short.
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}
