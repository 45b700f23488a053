package dev.wheelhouse.ui.connection;

import java.time.Duration;

/**
 * Builds the services of one connection: the composition root's wiring (history, log cache, poll
 * threads). Called from a background task, since it opens the history.
 */
public interface RepositoryWiring {

    /**
     * @param historyWritten called, on a background thread, after a watched run wrote to the history
     */
    Wired wire(Connection connection, Runnable historyWritten) throws Exception;

    /** The services of one connection, and the threads they were given, closed together. */
    interface Wired {

        MonitoredRepository repository();

        void close();

        /** Closes, then lets a log being scanned finish its write to the history (at exit). */
        void closeAndWait(Duration wait);
    }
}
