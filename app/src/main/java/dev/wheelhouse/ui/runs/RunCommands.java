package dev.wheelhouse.ui.runs;

import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.runs.watch.RunActions;
import dev.wheelhouse.runs.watch.RunWatcher;
import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * A run tab's buttons: cancel, force-cancel, re-run all, re-run failed jobs, re-run one job. Each
 * call runs in the background; {@link RunActions} checks the run's state first, so a refusal reads
 * as a sentence ("has already completed"), never as GitHub's status code.
 */
public final class RunCommands {

    private final TaskExecutor executor;
    private final RunActions actions;
    private final Supplier<RunWatcher> watcher;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final IntSupplier shownAttempt;
    /** When the run, as polled, has done what {@link #info} announced: the notice then goes. */
    private BiPredicate<Integer, Boolean> settled = (attempt, completed) -> false;

    /**
     * @param watcher      the watcher of the attempt the tab shows (it changes with the attempt)
     * @param shownAttempt the attempt the tab shows
     */
    RunCommands(TaskExecutor executor, RunActions actions, Supplier<RunWatcher> watcher, IntSupplier shownAttempt) {
        this.executor = executor;
        this.actions = actions;
        this.watcher = watcher;
        this.shownAttempt = shownAttempt;
    }

    /**
     * The run as last polled. A notice says what is under way ("… run again in a new attempt"):
     * it stays while that is so, and goes once the run shows it done (the new attempt completed,
     * the cancelled run stopped).
     */
    void runChanged(int attempt, boolean completed) {
        if (!info.get().isEmpty() && settled.test(attempt, completed)) {
            info.set("");
        }
    }

    public void cancel() {
        act("Cancelling the run", "Cancel requested.", false, RunActions::cancel);
    }

    public void forceCancel() {
        act("Force-cancelling the run", "Force-cancel requested.", false, RunActions::forceCancel);
    }

    public void rerunAll() {
        act("Re-running the run", "Every job runs again in a new attempt.", true, RunActions::rerunAll);
    }

    public void rerunFailed() {
        act("Re-running the failed jobs", "The failed jobs (and the jobs that need them) run again in a new attempt.",
                true, RunActions::rerunFailed);
    }

    /** Re-runs a job and, as GitHub does, the jobs that need it; null says to pick one first. */
    public void rerunJob(Long jobId, String name) {
        if (jobId == null) {
            info.set("");
            error.set("Select a job on the grid first.");
            return;
        }
        act("Re-running " + name, name + " runs again in a new attempt.", true, (a, w) -> a.rerunJob(w, jobId));
    }

    private void act(String what, String done, boolean newAttempt, BiConsumer<RunActions, RunWatcher> call) {
        RunWatcher target = watcher.get();
        int actedOn = shownAttempt.getAsInt();
        busy.set(true);
        error.set("");
        info.set("");
        executor.execute(BackgroundTask.of(what, () -> {
            call.accept(actions, target);
            return Boolean.TRUE;
        }).onSuccess(ok -> {
            info.set(done);
            settled = newAttempt ? (attempt, completed) -> attempt > actedOn && completed
                    : (attempt, completed) -> completed;
        })
                .onFailure(e -> error.set(e instanceof GitHubException g ? g.userMessage() : UserMessages.describe(e)))
                .onFinished(() -> busy.set(false)));
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last action was refused, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last action did, or empty. */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }
}
