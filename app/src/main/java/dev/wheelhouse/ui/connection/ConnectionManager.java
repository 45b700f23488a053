package dev.wheelhouse.ui.connection;

import dev.wheelhouse.github.ClientActivity;
import dev.wheelhouse.github.ObservableState;
import dev.wheelhouse.github.RateLimitState;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Connects to GitHub (or an Enterprise Server) with a token from the usual sources, or to the
 * embedded sandbox when there is no token, and keeps the connection, the rate-limit budget and
 * the client's activity as properties for the status bar and the screens.
 */
public final class ConnectionManager implements AutoCloseable {

    private final TaskExecutor executor;
    private final Connector connector;
    private final ConnectionSettings settings;

    private final ReadOnlyObjectWrapper<Connection> connection = new ReadOnlyObjectWrapper<>(this, "connection");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not connected");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(this, "connecting");
    private final ReadOnlyObjectWrapper<RateLimitState> rateLimit =
            new ReadOnlyObjectWrapper<>(this, "rateLimit", RateLimitState.UNKNOWN);
    private final ReadOnlyObjectWrapper<ClientActivity> activity =
            new ReadOnlyObjectWrapper<>(this, "activity", ClientActivity.NONE);
    private final List<ObservableState.Subscription> subscriptions = new ArrayList<>();
    private Sandbox sandbox;

    public ConnectionManager(TaskExecutor executor, Connector connector, ConnectionSettings settings) {
        this.executor = executor;
        this.connector = connector;
        this.settings = settings;
    }

    /** At start: what {@link ConnectionSettings#startTarget()} names, taken up as soon as it comes. */
    public void connectAtStart() {
        connectAtStart(Runnable::run);
    }

    /**
     * At start: what {@link ConnectionSettings#startTarget()} names. Made before the window (the
     * early start), it is taken up at once, so the first layout has it. Still on its way, the state
     * says so at once and {@code takeUp} decides when its result is taken up: the window passes
     * "after the first frame", since taking it up (the status bar, the notice, the first equality
     * checks of their records) just before that frame delayed it (issue 15).
     */
    public void connectAtStart(Executor takeUp) {
        ConnectionSettings.StartTarget target = settings.startTarget();
        Optional<Connection> made = connector.madeBeforeStart();
        if (made.isPresent()) {
            connected(made.get(), target.gitHub() ? next -> gitHubConnected(target.endpoint(), next)
                    : this::sandboxConnected);
        } else if (target.gitHub()) {
            connectGitHub(target.endpoint(), target.repository(), null, false, takeUp);
        } else {
            connectSandbox(takeUp);
        }
    }

    /** Starts (or restarts) the embedded sandbox and connects to it. */
    public void connectSandbox() {
        connectSandbox(Runnable::run);
    }

    private void connectSandbox(Executor takeUp) {
        // Said at once, not when the sandbox answers: the bar is then part of the window's first
        // frame, which would otherwise be laid out again for it as the connection comes in.
        String before = notice.get();
        notice.set("Using the built-in sandbox: a stand-in for GitHub on this computer. Connect to GitHub in Settings.");
        start("Starting the built-in sandbox…", connector::sandbox, this::sandboxConnected, () -> notice.set(before),
                takeUp);
    }

    private void sandboxConnected(Connection connected) {
        settings.rememberSandbox();
        notice.set("Using the built-in sandbox: a stand-in for GitHub on this computer, with the demo "
                + "repository " + connected.repository().fullName() + ". Connect to GitHub in Settings.");
    }

    /**
     * Connects to GitHub or an Enterprise Server. {@code pastedToken} null means: find one (the
     * environment, the GitHub CLI, the keychain); {@code remember} keeps a pasted one in the keychain.
     */
    public void connectGitHub(String endpointText, String repositoryText, String pastedToken, boolean remember) {
        connectGitHub(endpointText, repositoryText, pastedToken, remember, Runnable::run);
    }

    private void connectGitHub(String endpointText, String repositoryText, String pastedToken, boolean remember,
                               Executor takeUp) {
        start("Connecting to " + endpointText + "…",
                () -> connector.gitHub(endpointText, repositoryText, pastedToken, remember),
                connected -> gitHubConnected(endpointText, connected), () -> { }, takeUp);
    }

    private void gitHubConnected(String endpointText, Connection connected) {
        settings.rememberGitHub(endpointText, connected.repository().fullName());
        notice.set("");
    }

    /** Forgets a pasted token kept in the keychain for this server. */
    public void forgetToken(String endpointText) {
        executor.execute(BackgroundTask.of("Forgetting the token", () -> {
            connector.forgetToken(endpointText);
            return true;
        }).onSuccess(done -> notice.set("The token for " + endpointText + " was removed from the keychain."))
                .onFailure(e -> error.set(UserMessages.describe(e))));
    }

    private void start(String what, Callable<Connection> connect, Consumer<Connection> after, Runnable afterFailure,
                       Executor takeUp) {
        connecting.set(true);
        error.set("");
        status.set(what);
        executor.execute(BackgroundTask.of(what, connect)
                .onSuccess(next -> takeUp.execute(() -> connected(next, after)))
                .onFailure(e -> takeUp.execute(() -> {
                    afterFailure.run();
                    error.set(UserMessages.describe(e));
                    Connection current = connection.get();
                    status.set(current == null ? "Not connected" : current.describe());
                }))
                .onFinished(() -> takeUp.execute(() -> connecting.set(false))));
    }

    private void connected(Connection next, Consumer<Connection> after) {
        replace(next);
        after.accept(next);
        status.set(next.describe());
    }

    private void replace(Connection next) {
        subscriptions.forEach(ObservableState.Subscription::close);
        subscriptions.clear();
        Connection previous = connection.get();
        if (previous != null && previous.sandbox().isPresent() && previous.sandbox() != next.sandbox()) {
            previous.sandbox().get().close();
        }
        sandbox = next.sandbox().orElse(null);
        rateLimit.set(next.client().rateLimit().get());
        activity.set(next.client().activity().get());
        subscriptions.add(next.client().rateLimit().subscribe(
                state -> executor.runOnUiThread(() -> rateLimit.set(state))));
        subscriptions.add(next.client().activity().subscribe(
                state -> executor.runOnUiThread(() -> activity.set(state))));
        connection.set(next);
    }

    public ReadOnlyObjectProperty<Connection> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public Optional<Connection> current() {
        return Optional.ofNullable(connection.get());
    }

    /** One line for the status bar: what we are connected to, or what is happening. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Something the user should know about the connection (the sandbox is in use), or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Why the last attempt to connect failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RateLimitState> rateLimitProperty() {
        return rateLimit.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClientActivity> activityProperty() {
        return activity.getReadOnlyProperty();
    }

    @Override
    public void close() {
        subscriptions.forEach(ObservableState.Subscription::close);
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
