package dev.wheelhouse.ui.settings;

import dev.wheelhouse.github.CloneOrigin;
import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.connection.ConnectionManager;
import dev.wheelhouse.ui.connection.ConnectionSettings;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;

/**
 * Settings: which server and repository, the token (typed in, never stored in preferences),
 * and what the last connection found. The form fields are plain properties the view binds to.
 */
public final class SettingsViewModel {

    private final ConnectionManager connections;
    private final TaskExecutor executor;
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "github.com");
    private final StringProperty repository = new SimpleStringProperty(this, "repository", "");
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember", true);
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private final ReadOnlyStringWrapper tokenSource = new ReadOnlyStringWrapper(this, "tokenSource", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");

    public SettingsViewModel(ConnectionManager connections, ConnectionSettings saved, TaskExecutor executor) {
        this.connections = connections;
        this.executor = executor;
        saved.endpoint().ifPresent(endpoint::set);
        saved.repository().ifPresent(repository::set);
        connections.connectionProperty().addListener((obs, old, c) -> show(c));
        show(connections.connectionProperty().get());
    }

    private void show(Connection connection) {
        if (connection == null) {
            report.set("");
            tokenSource.set("");
            return;
        }
        report.set(connection.report().summary());
        tokenSource.set("Token from " + connection.source().description() + ".");
        token.set("");
        if (!connection.isSandbox()) {
            endpoint.set(connection.endpoint().webHost());
            repository.set(connection.repository().fullName());
        }
    }

    /** Connects to GitHub with the form's values ("Test connection" and "Connect" are one act). */
    public void connect() {
        formError.set("");
        if (repository.get() == null || repository.get().isBlank()) {
            formError.set("Name the repository as owner/name, or read it from a local clone.");
            return;
        }
        connections.connectGitHub(endpoint.get(), repository.get(), token.get(), remember.get());
        // The field is cleared as soon as the attempt starts: a token is typed once, not kept on screen.
        token.set("");
    }

    public void useSandbox() {
        formError.set("");
        connections.connectSandbox();
    }

    public void forgetToken() {
        connections.forgetToken(endpoint.get());
    }

    /** Fills server and repository from a clone's {@code origin} remote. */
    public void readClone(Path folder) {
        formError.set("");
        executor.execute(BackgroundTask.of("Reading the clone's origin", () -> CloneOrigin.read(folder))
                .onSuccess(origin -> {
                    endpoint.set(origin.endpoint().webHost());
                    repository.set(origin.repository().fullName());
                })
                .onFailure(e -> formError.set(e.getMessage())));
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public StringProperty repositoryProperty() {
        return repository;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokenSourceProperty() {
        return tokenSource.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ConnectionManager connections() {
        return connections;
    }
}
