package dev.wheelhouse.runs.watch;

import dev.wheelhouse.runs.model.RunSnapshot;

/** A view of one run. Called on a poller thread; a view model moves the value to the FX thread. */
public interface RunWatchListener {

    /** The run as it is now; every later snapshot replaces this one. */
    void snapshot(RunSnapshot snapshot);

    /**
     * An update failed; the message is written for the user.
     *
     * @param stopped the run is no longer updated until the user acts (token, permissions)
     */
    default void problem(String message, boolean stopped) {
    }
}
