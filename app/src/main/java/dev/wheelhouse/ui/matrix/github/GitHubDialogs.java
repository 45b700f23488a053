package dev.wheelhouse.ui.matrix.github;

import dev.wheelhouse.github.RemoteFile;
import dev.wheelhouse.runs.dispatch.PushOutcome;
import dev.wheelhouse.ui.connection.ConnectedMonitor;
import dev.wheelhouse.ui.connection.MonitoredRepository;
import dev.wheelhouse.ui.matrix.MatrixEditorViewModel;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.stage.Window;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The editor's two GitHub dialogs, each on the services of the current connection: open a
 * workflow of the connected repository, and push the edit to a branch and dispatch it there.
 */
public final class GitHubDialogs {

    private final TaskExecutor executor;
    private final ConnectedMonitor services;
    private final MatrixEditorViewModel editor;
    private final Window owner;
    private Consumer<PushOutcome.Pushed> onDispatched = done -> { };

    public GitHubDialogs(TaskExecutor executor, ConnectedMonitor services, MatrixEditorViewModel editor, Window owner) {
        this.executor = executor;
        this.services = services;
        this.editor = editor;
        this.owner = owner;
    }

    /** Where a started run goes (the runs screen opens it). */
    public void setOnDispatched(Consumer<PushOutcome.Pushed> handler) {
        this.onDispatched = handler;
    }

    public void openFromGitHub() {
        MonitoredRepository repository = services.currentProperty().get();
        if (repository == null) {
            return;
        }
        new OpenFromGitHubDialog(owner, new OpenFromGitHubViewModel(executor, repository)).showAndWait()
                .ifPresent(opening -> editor.openRemote(opening.what(), opening.fetch(), opening.project()));
    }

    public void pushAndDispatch() {
        MonitoredRepository repository = services.currentProperty().get();
        if (repository == null || editor.source().isEmpty() || editor.currentText().isEmpty()) {
            return;
        }
        PushDispatchViewModel model = new PushDispatchViewModel(executor, repository.connection(),
                repository.pusher(), Clock.systemDefaultZone());
        PushDispatchDialog dialog = new PushDispatchDialog(owner, model, done -> {
            PushPlan plan = model.planProperty().get();
            editor.markPushed(new RemoteFile(repository.repository(), plan.path(), done.branch(),
                    plan.editedText().getBytes(StandardCharsets.UTF_8), done.commit().blobSha()));
            onDispatched.accept(done);
        });
        model.prepare(editor.source().get(), editor.currentText().get(), editor.appliedEdits());
        dialog.show();
    }
}
