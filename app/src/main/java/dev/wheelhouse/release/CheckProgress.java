package dev.wheelhouse.release;

import dev.wheelhouse.github.TransferListener;

/** Follows a check: which artifact is being read, how many bytes of it, and whether to stop. */
public interface CheckProgress extends TransferListener {

    CheckProgress NONE = new CheckProgress() {
    };

    /** Artifact {@code index} (from 1) of {@code count} is being fetched. */
    default void artifact(String name, int index, int count) {
    }

    @Override
    default void progress(long bytes, long total) {
    }

    @Override
    default boolean cancelled() {
        return false;
    }
}
