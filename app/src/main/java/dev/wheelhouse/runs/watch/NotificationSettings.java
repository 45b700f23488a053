package dev.wheelhouse.runs.watch;

import dev.wheelhouse.runs.model.RunInfo;

/**
 * Which run events reach the {@link RunEventListener}s.
 *
 * @param failuresOnly only failed jobs and runs that did not succeed; a run that succeeded stays
 *                     quiet
 */
public record NotificationSettings(boolean failuresOnly) {

    public static final NotificationSettings ALL = new NotificationSettings(false);
    public static final NotificationSettings FAILURES_ONLY = new NotificationSettings(true);

    boolean notifiesCompletion(RunInfo run) {
        return !failuresOnly || !run.succeeded();
    }
}
