package dev.wheelhouse.release;

/** Follows a check: which artifact is being read, how many bytes of it, and whether to stop. */
public interface CheckProgress {

    CheckProgress NONE = new CheckProgress() {
    };

    /** Artifact {@code index} (from 1) of {@code count} is being fetched. */
    default void artifact(String name, int index, int count) {
    }

    default void bytes(long received, long total) {
    }

    default boolean cancelled() {
        return false;
    }
}
