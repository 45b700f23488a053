package dev.wheelhouse.sandbox.sim;

/** How much of a job's compile output the Actions cache already holds when the job starts. */
public enum CacheWarmth {
    /** Nothing under this job's cache scope: the first run on a key. */
    COLD,
    /** Another Python version on the same runner wrote entries: dependency crates are shared. */
    SHARED,
    /** This very job (same runner, same Python) wrote entries before. */
    WARM
}
