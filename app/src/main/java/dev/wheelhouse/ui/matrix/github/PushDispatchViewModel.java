package dev.wheelhouse.ui.matrix.github;

import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.RemoteFile;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.runs.dispatch.BranchNames;
import dev.wheelhouse.runs.dispatch.DispatchException;
import dev.wheelhouse.runs.dispatch.InvalidInputsException;
import dev.wheelhouse.runs.dispatch.MatrixEditReplay;
import dev.wheelhouse.runs.dispatch.PushAndDispatch;
import dev.wheelhouse.runs.dispatch.PushOutcome;
import dev.wheelhouse.runs.dispatch.PushRequest;
import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.matrix.EditorSource;
import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.edit.MatrixEdit;
import dev.wheelhouse.workflow.edit.UnifiedDiff;
import dev.wheelhouse.workflow.io.WorkflowLocation;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Push & dispatch from the matrix editor: create a branch, commit the edited workflow with the
 * sha it was loaded from, dispatch it there. A file that changed on GitHub since it was loaded
 * is not overwritten: the change is shown and the user's edits can be made again on top of it.
 */
public final class PushDispatchViewModel {

    private final TaskExecutor executor;
    private final Connection connection;
    private final PushAndDispatch pusher;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<PushPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper staleDiff = new ReadOnlyStringWrapper(this, "staleDiff", "");
    private final ReadOnlyObjectWrapper<PushOutcome.Pushed> pushed = new ReadOnlyObjectWrapper<>(this, "pushed");
    private final ObservableList<dev.wheelhouse.runs.dispatch.InputProblem> inputProblems = FXCollections.observableArrayList();
    private PushOutcome.Stale stale;
    private UnaryOperator<String> reapply = UnaryOperator.identity();

    public PushDispatchViewModel(TaskExecutor executor, Connection connection, PushAndDispatch pusher, Clock clock) {
        this.executor = executor;
        this.connection = connection;
        this.pusher = pusher;
        this.clock = clock;
    }

    /**
     * Works out the push for the editor's document: where the file lives in the repository, the
     * base branch, GitHub's current text and sha, the inputs the edited workflow declares.
     */
    public void prepare(EditorSource source, String editedText, List<MatrixEdit> edits) {
        busy.set(true);
        error.set("");
        reapply = MatrixEditReplay.of(edits);
        GitHubClient client = connection.client();
        RepositoryRef repository = connection.repository();
        executor.execute(BackgroundTask.of("Preparing the push", () -> {
            String path;
            String base;
            RemoteFile remote;
            String localDiffers = "";
            if (source instanceof EditorSource.Remote r) {
                path = r.file().path();
                base = r.file().ref();
                remote = r.file();
            } else {
                WorkflowLocation location = WorkflowLocation.of(source.localPath().orElseThrow());
                path = location.repositoryPath();
                base = client.repository(repository).defaultBranch();
                remote = readExisting(client, repository, location, base);
                if (!remote.text().equals(source.loadedText())) {
                    localDiffers = UnifiedDiff.of(remote.text(), source.loadedText(), "a/" + path + " (GitHub, " + base
                            + ")", "b/" + path + " (this computer)");
                }
            }
            String edited = localDiffers.isEmpty() ? editedText : reapply.apply(remote.text());
            if (edited.equals(remote.text())) {
                throw new PushRefusedException(PushMessages.nothingToPush(repository, path, base));
            }
            WorkflowDocument document = WorkflowDocument.parse(edited);
            List<String> environments = document.dispatchInputs().stream().anyMatch(i -> "environment".equals(i.type()))
                    ? client.environments(repository) : List.of();
            String message = "Wheelhouse: " + (edits.isEmpty() ? "update " + path
                    : String.join("; ", edits.stream().map(MatrixEdit::describe).toList()));
            return new PushPlan(repository, path, base, remote.text(), remote.blobSha(), edited,
                    document.dispatchInputs(), environments, BranchNames.suggest(path, clock), message, localDiffers);
        }).onSuccess(plan::set).onFailure(this::fail).onFinished(() -> busy.set(false)));
    }

    /**
     * GitHub's copy of the workflow the local file stands for. GitHub dispatches only a workflow
     * its default branch already has, so a missing one is said as that, not as a token problem.
     */
    private static RemoteFile readExisting(GitHubClient client, RepositoryRef repository, WorkflowLocation location,
                                           String base) {
        try {
            return client.readFile(repository, location.repositoryPath(), base);
        } catch (GitHubException e) {
            if (e.kind() != GitHubException.Kind.NOT_FOUND) {
                throw e;
            }
            throw new PushRefusedException(PushMessages.noSuchWorkflow(repository, location, base));
        }
    }

    /** Creates the branch, commits, dispatches; {@code onPushed} gets the run. */
    public void push(String branch, String commitMessage, Map<String, String> inputs,
                     Consumer<PushOutcome.Pushed> onPushed) {
        PushPlan current = plan.get();
        if (current == null) {
            return;
        }
        PushRequest request;
        try {
            request = new PushRequest(current.repository(), current.path(), current.baseRef(), branch, commitMessage,
                    current.loadedText(), current.loadedBlobSha(), current.editedText(), reapply, inputs, false);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        send(request, onPushed);
    }

    /** After a stale push: the same edits made again on GitHub's newer text, then pushed. */
    public void reapplyAndPush(Consumer<PushOutcome.Pushed> onPushed) {
        if (stale == null) {
            return;
        }
        try {
            send(stale.reapplied(), onPushed);
        } catch (DispatchException e) {
            error.set(e.userMessage());
        }
    }

    private void send(PushRequest request, Consumer<PushOutcome.Pushed> onPushed) {
        busy.set(true);
        error.set("");
        inputProblems.clear();
        executor.execute(BackgroundTask.of("Pushing to " + request.branch(), () -> pusher.run(request))
                .onSuccess(outcome -> {
                    if (outcome instanceof PushOutcome.Pushed done) {
                        stale = null;
                        staleDiff.set("");
                        pushed.set(done);
                        onPushed.accept(done);
                    } else if (outcome instanceof PushOutcome.Stale changed) {
                        stale = changed;
                        staleDiff.set(changed.remoteChange());
                        error.set("The workflow changed on GitHub since it was loaded, so nothing was written. "
                                + "Review the change below, then make your edit again on top of it.");
                    }
                })
                .onFailure(this::fail)
                .onFinished(() -> busy.set(false)));
    }

    private void fail(Throwable e) {
        if (e instanceof PushRefusedException refused) {
            error.set(refused.getMessage());
        } else if (e instanceof InvalidInputsException invalid) {
            inputProblems.setAll(invalid.problems());
            error.set("Some inputs need attention before the workflow can run.");
        } else if (e instanceof DispatchException d) {
            error.set(d.userMessage());
        } else if (e instanceof GitHubException g) {
            error.set(g.userMessage());
        } else {
            error.set(UserMessages.describe(e));
        }
    }

    public ReadOnlyObjectProperty<PushPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty staleDiffProperty() {
        return staleDiff.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PushOutcome.Pushed> pushedProperty() {
        return pushed.getReadOnlyProperty();
    }

    public ObservableList<dev.wheelhouse.runs.dispatch.InputProblem> inputProblems() {
        return inputProblems;
    }
}
