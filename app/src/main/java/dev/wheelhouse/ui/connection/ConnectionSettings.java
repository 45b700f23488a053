package dev.wheelhouse.ui.connection;

import dev.wheelhouse.ui.common.AppSettings;

import java.util.Optional;

/**
 * What is remembered of the connection between sessions: which server and repository, never the
 * token (that stays in the environment, the GitHub CLI or the OS keychain).
 */
public final class ConnectionSettings {

    private final AppSettings settings;

    public ConnectionSettings(AppSettings settings) {
        this.settings = settings;
    }

    /**
     * What a start connects to.
     *
     * @param gitHub     GitHub (or an Enterprise Server), else the built-in sandbox
     * @param endpoint   the server, when {@code gitHub}
     * @param repository its repository, when {@code gitHub}
     */
    public record StartTarget(boolean gitHub, String endpoint, String repository) {
    }

    /**
     * GitHub when the user chose it before and named a repository, the sandbox otherwise (a fresh
     * clone shows a working console with no account).
     */
    public StartTarget startTarget() {
        Optional<String> repository = repository();
        if (useGitHub() && repository.isPresent()) {
            return new StartTarget(true, endpoint().orElse("github.com"), repository.get());
        }
        return new StartTarget(false, null, null);
    }

    public boolean useGitHub() {
        return settings.getBoolean("connection.github", false);
    }

    public Optional<String> endpoint() {
        return Optional.ofNullable(settings.get("connection.endpoint", null));
    }

    public Optional<String> repository() {
        return Optional.ofNullable(settings.get("connection.repository", null));
    }

    public void rememberGitHub(String endpoint, String repository) {
        settings.put("connection.endpoint", endpoint);
        settings.put("connection.repository", repository);
        settings.putBoolean("connection.github", true);
    }

    public void rememberSandbox() {
        settings.putBoolean("connection.github", false);
    }
}
