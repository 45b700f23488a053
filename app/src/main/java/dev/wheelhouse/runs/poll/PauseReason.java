package dev.wheelhouse.runs.poll;

/** Why polling is paused; it goes on once no reason is left. */
public enum PauseReason {
    /** The window is minimized: nobody is looking. */
    MINIMIZED,
    /** The system says the network is down. */
    OFFLINE,
    /** The user paused it. */
    USER
}
