package dev.wheelhouse.runs.watch;

import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.runs.api.ActionsCalls;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.RunSnapshot;

/**
 * What the run view's buttons do: cancel, force-cancel, re-run all, re-run failed jobs, re-run one
 * job. Each checks the run's state first, so the user reads why a button does nothing instead of
 * GitHub's terse refusal; after a call GitHub accepted, the watcher polls at once so the change
 * shows. Failures are {@link GitHubException}s with a message for the user.
 */
public final class RunActions {

    private final ActionsCalls calls;

    public RunActions(ActionsCalls calls) {
        this.calls = calls;
    }

    public void cancel(RunWatcher watcher) {
        RunSnapshot s = requireRunning(watcher, "cancel");
        act(watcher, () -> calls.cancel(watcher.ref().repository(), s.run().id()), "cancel");
    }

    /**
     * Stops the run even where {@code always()} steps would keep it going
     * (https://docs.github.com/rest/actions/workflow-runs#force-cancel-a-workflow-run).
     */
    public void forceCancel(RunWatcher watcher) {
        RunSnapshot s = requireRunning(watcher, "force-cancel");
        act(watcher, () -> calls.forceCancel(watcher.ref().repository(), s.run().id()), "force-cancel");
    }

    public void rerunAll(RunWatcher watcher) {
        RunSnapshot s = requireCompleted(watcher, "re-run");
        act(watcher, () -> calls.rerun(watcher.ref().repository(), s.run().id()), "re-run");
    }

    public void rerunFailed(RunWatcher watcher) {
        RunSnapshot s = requireCompleted(watcher, "re-run the failed jobs of");
        if (s.jobs().stream().noneMatch(j -> j.failed() || "cancelled".equals(j.conclusion()))) {
            throw refused("Run " + s.run().id() + " has no failed or cancelled jobs to re-run.");
        }
        act(watcher, () -> calls.rerunFailed(watcher.ref().repository(), s.run().id()), "re-run the failed jobs of");
    }

    /** Re-runs one job and, as GitHub does, the jobs that need it. */
    public void rerunJob(RunWatcher watcher, long jobId) {
        RunSnapshot s = requireCompleted(watcher, "re-run a job of");
        JobSnapshot job = s.job(jobId).orElseThrow(() -> refused("Job " + jobId + " is not part of the attempt "
                + "shown. Refresh the run and pick the job again."));
        act(watcher, () -> calls.rerunJob(watcher.ref().repository(), job.id()), "re-run " + job.name() + " of");
    }

    private static RunSnapshot requireRunning(RunWatcher watcher, String verb) {
        RunSnapshot s = current(watcher);
        if (s.run().completed()) {
            throw refused("Run " + s.run().id() + " has already completed; there is nothing to " + verb + ".");
        }
        return s;
    }

    private static RunSnapshot requireCompleted(RunWatcher watcher, String verb) {
        RunSnapshot s = current(watcher);
        if (watcher.ref().attempt().isPresent()) {
            throw refused("An earlier attempt is shown; open the run's latest attempt to " + verb + " it.");
        }
        if (!s.run().completed()) {
            throw refused("Run " + s.run().id() + " is still going; GitHub lets you " + verb
                    + " it once it has completed. Cancel it first to stop it now.");
        }
        return s;
    }

    private static RunSnapshot current(RunWatcher watcher) {
        return watcher.latest().orElseThrow(() -> refused("The run has not loaded yet; try again in a moment."));
    }

    /** Makes the call, then polls at once whatever GitHub said: the run may have moved on either way. */
    private static void act(RunWatcher watcher, Runnable call, String verb) {
        try {
            call.run();
        } catch (GitHubException e) {
            if (e.kind() == GitHubException.Kind.CONFLICT) {
                throw new GitHubException(GitHubException.Kind.CONFLICT, e.status(), "GitHub would not " + verb
                        + " the run: it completed in the meantime. The view shows its final state.");
            }
            throw e;
        } finally {
            watcher.refresh();
        }
    }

    private static GitHubException refused(String message) {
        return new GitHubException(GitHubException.Kind.REFUSED, 0, message);
    }
}
