package dev.wheelhouse.testing;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.TokenSource;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;
import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.connection.Connector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Connector} over real sandboxes that records what it was asked: "GitHub" is a second
 * sandbox reached with its token (or refuses, when told to), so a connection's client, rate limit
 * and report are real. Closes every sandbox it started.
 */
public final class ScriptedConnector implements Connector, AutoCloseable {

    private final List<Sandbox> started = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private RuntimeException refuseGitHub;
    private RuntimeException refuseSandbox;

    /** From now on, GitHub refuses with {@code error}; null connects again. */
    public void refuseGitHub(RuntimeException error) {
        this.refuseGitHub = error;
    }

    /** From now on, the sandbox fails to start with {@code error}; null starts it again. */
    public void refuseSandbox(RuntimeException error) {
        this.refuseSandbox = error;
    }

    /** What was asked, in order: {@code sandbox}, {@code github ENDPOINT REPO TOKEN REMEMBER}, {@code forget ENDPOINT}. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    public List<Sandbox> started() {
        return List.copyOf(started);
    }

    @Override
    public Connection sandbox() throws IOException {
        calls.add("sandbox");
        if (refuseSandbox != null) {
            throw refuseSandbox;
        }
        return connect(TokenSource.SANDBOX, true);
    }

    @Override
    public Connection gitHub(String endpoint, String repository, String pastedToken, boolean remember)
            throws IOException {
        calls.add("github " + endpoint + " " + repository + " " + pastedToken + " " + remember);
        if (refuseGitHub != null) {
            throw refuseGitHub;
        }
        return connect(TokenSource.GH_TOKEN, false);
    }

    @Override
    public void forgetToken(String endpoint) {
        calls.add("forget " + endpoint);
    }

    private Connection connect(TokenSource source, boolean sandboxed) throws IOException {
        Sandbox sandbox = Sandbox.start(SandboxConfig.builder().build());
        started.add(sandbox);
        ApiEndpoint endpoint = ApiEndpoint.parse(sandbox.apiUrl());
        GitHubClient client = GitHubClient.connect(endpoint, GitHubToken.of(sandbox.token()), ClientOptions.defaults());
        return new Connection(endpoint, client, RepositoryRef.parse(sandbox.repo()), source, client.testConnection(),
                sandboxed ? Optional.of(sandbox) : Optional.empty());
    }

    @Override
    public void close() {
        started.forEach(Sandbox::close);
    }
}
