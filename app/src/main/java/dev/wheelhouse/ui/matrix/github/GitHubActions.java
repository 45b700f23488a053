package dev.wheelhouse.ui.matrix.github;

import dev.wheelhouse.github.WaitingSleeper;
import dev.wheelhouse.runs.dispatch.HistoryDispatchLog;
import dev.wheelhouse.runs.dispatch.PushAndDispatch;
import dev.wheelhouse.runs.dispatch.PushOutcome;
import dev.wheelhouse.runs.catalog.WorkflowCatalog;
import dev.wheelhouse.runs.dispatch.WorkflowDispatcher;
import dev.wheelhouse.ui.AppContext;
import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.matrix.MatrixEditorViewModel;
import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.ui.task.BackgroundTask;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The editor's GitHub buttons: open a workflow from the connected repository, and push the edit
 * to a branch and dispatch it.
 */
public final class GitHubActions {

    private final AppContext context;
    private final MatrixEditorViewModel editor;
    private Consumer<PushOutcome.Pushed> onDispatched = done -> { };

    public GitHubActions(AppContext context, MatrixEditorViewModel editor) {
        this.context = context;
        this.editor = editor;
    }

    /** Where a started run goes (the runs screen opens it). */
    public void setOnDispatched(Consumer<PushOutcome.Pushed> handler) {
        this.onDispatched = handler;
    }

    public Button openFromGitHubButton() {
        Button button = new Button("From GitHub…", new FontIcon(Material2AL.CLOUD_DOWNLOAD));
        button.setId("open-from-github");
        button.setTooltip(new Tooltip("Open a workflow of the connected repository (Contents API)"));
        button.disableProperty().bind(context.connections().connectionProperty().isNull());
        button.setOnAction(e -> openFromGitHub());
        return button;
    }

    public Button pushAndDispatchButton() {
        Button button = new Button("Push & dispatch…", new FontIcon(Material2MZ.PLAY_ARROW));
        button.setId("push-dispatch");
        button.getStyleClass().add("accent");
        button.setTooltip(new Tooltip("Commit the edit to a new branch and run the workflow there (Ctrl+Shift+D)"));
        button.disableProperty().bind(context.connections().connectionProperty().isNull()
                .or(editor.documentOpenProperty().not()));
        button.setOnAction(e -> pushAndDispatch());
        return button;
    }

    public void openFromGitHub() {
        Connection connection = context.connections().current().orElse(null);
        if (connection == null) {
            return;
        }
        WorkflowCatalog catalog = new WorkflowCatalog(connection.client());
        new OpenFromGitHubDialog(context.stage(), context.executor(), connection, catalog).showAndWait()
                .ifPresent(choice -> editor.openRemote(choice.path() + " @ " + choice.ref(),
                        () -> catalog.open(connection.repository(), choice.path(), choice.ref()).file(),
                        remoteProject(connection, choice.ref())));
    }

    /** The repository's files at a ref, read through the Contents API (cibuildwheel's pyproject.toml). */
    static dev.wheelhouse.cibw.ProjectFiles remoteProject(Connection connection, String ref) {
        java.util.Map<String, java.util.Optional<String>> read = new java.util.concurrent.ConcurrentHashMap<>();
        return path -> read.computeIfAbsent(path, p -> {
            try {
                return java.util.Optional.of(connection.client().readFile(connection.repository(), p, ref).text());
            } catch (dev.wheelhouse.github.GitHubException e) {
                if (e.kind() == dev.wheelhouse.github.GitHubException.Kind.NOT_FOUND) {
                    return java.util.Optional.empty();
                }
                throw e;
            }
        });
    }

    public void pushAndDispatch() {
        Connection connection = context.connections().current().orElse(null);
        if (connection == null || editor.source().isEmpty() || editor.currentText().isEmpty()) {
            return;
        }
        PushDispatchViewModel model = new PushDispatchViewModel(context.executor(), connection,
                pusher(connection), Clock.systemDefaultZone());
        PushDispatchDialog dialog = new PushDispatchDialog(context.stage(), model, done -> {
            editor.markPushed(new dev.wheelhouse.github.RemoteFile(connection.repository(),
                    model.planProperty().get().path(), done.branch(),
                    model.planProperty().get().editedText().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    done.commit().blobSha()));
            onDispatched.accept(done);
        });
        model.prepare(editor.source().get(), editor.currentText().get(), editor.appliedEdits());
        dialog.show();
    }

    private PushAndDispatch pusher(Connection connection) {
        WorkflowDispatcher dispatcher = new WorkflowDispatcher(connection.client(),
                new HistoryDispatchLog(context.history()), Clock.systemUTC(), new WaitingSleeper(), Duration.ofSeconds(2));
        return new PushAndDispatch(connection.client(), dispatcher);
    }

    private void showError(Throwable e) {
        String text = e instanceof dev.wheelhouse.github.GitHubException g ? g.userMessage() : UserMessages.describe(e);
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        alert.initOwner(context.stage());
        alert.setHeaderText("GitHub did not answer as expected");
        alert.show();
    }

    private void info(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(context.stage());
        alert.show();
    }
}
