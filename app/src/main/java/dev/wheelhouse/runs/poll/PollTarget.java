package dev.wheelhouse.runs.poll;

/** Something the {@link PollScheduler} polls: one watched run. */
public interface PollTarget {

    /** Polls once. May throw {@code GitHubException}s; the scheduler handles them. */
    PollOutcome poll();

    /**
     * A poll failed; {@code message} is written for the user.
     *
     * @param stopped true when polling has stopped (bad credentials, the run is gone): the user
     *                has to act
     */
    void pollFailed(String message, boolean stopped);
}
