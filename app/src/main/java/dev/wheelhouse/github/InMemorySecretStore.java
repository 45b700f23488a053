package dev.wheelhouse.github;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tokens kept for this process only: for tests, and the session when no keychain exists. */
public final class InMemorySecretStore implements SecretStore {

    private final Map<String, GitHubToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<GitHubToken> read(String host) {
        return Optional.ofNullable(tokens.get(host));
    }

    @Override
    public void save(String host, GitHubToken token) {
        tokens.put(host, token);
    }

    @Override
    public void delete(String host) {
        tokens.remove(host);
    }

    @Override
    public String description() {
        return "memory (until Wheelhouse closes)";
    }
}
