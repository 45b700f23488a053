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
