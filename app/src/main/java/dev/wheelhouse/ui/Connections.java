package dev.wheelhouse.ui;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.ConnectionReport;
import dev.wheelhouse.github.Environment;
import dev.wheelhouse.github.GitHubCli;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.KeychainSecretStore;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.ResolvedToken;
import dev.wheelhouse.github.TokenResolver;
import dev.wheelhouse.github.TokenSource;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;
import dev.wheelhouse.sandbox.http.FaultPlan;
import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.connection.Connector;
import dev.wheelhouse.ui.launch.LaunchOptions;

import java.time.Duration;
import java.util.Optional;

/** The app's connections: the real token sources, the embedded sandbox as the launch options ask, one client each. */
final class Connections implements Connector {

    private final TokenResolver tokens;
    private final LaunchOptions.SandboxOptions sandbox;
    private final ClientOptions options;

    Connections(TokenResolver tokens, LaunchOptions.SandboxOptions sandbox, ClientOptions options) {
        this.tokens = tokens;
        this.sandbox = sandbox;
        this.options = options;
    }

    static Connections system(LaunchOptions.SandboxOptions sandbox) {
        Environment environment = Environment.system();
        return new Connections(new TokenResolver(environment, new GitHubCli(environment, Duration.ofSeconds(5)),
                KeychainSecretStore.system()), sandbox, ClientOptions.defaults());
    }

    @Override
    public Connection sandbox() throws Exception {
        Sandbox started = Sandbox.start(SandboxConfig.builder().speed(sandbox.speed()).failures(sandbox.failures())
                .faults(sandbox.flaky() ? FaultPlan.FLAKY : FaultPlan.NONE)
                .releaseFaults(sandbox.releaseFaults()).build());
        try {
            ApiEndpoint endpoint = ApiEndpoint.parse(started.apiUrl());
            GitHubClient client = GitHubClient.connect(endpoint, GitHubToken.of(started.token()), options);
            ConnectionReport report = client.testConnection();
            return new Connection(endpoint, client, RepositoryRef.parse(started.repo()), TokenSource.SANDBOX,
                    report, Optional.of(started));
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    @Override
    public Connection gitHub(String endpointText, String repositoryText, String pastedToken, boolean remember) {
        ApiEndpoint endpoint = ApiEndpoint.parse(endpointText);
        RepositoryRef repository = RepositoryRef.parse(repositoryText);
        boolean pasted = pastedToken != null && !pastedToken.isBlank();
        ResolvedToken token = pasted
                ? new ResolvedToken(GitHubToken.of(pastedToken.strip()), TokenSource.KEYCHAIN)
                : tokens.resolve(endpoint).orElseThrow(() -> new IllegalStateException(tokens.noTokenMessage(endpoint)));
        GitHubClient client = GitHubClient.connect(endpoint, token.token(), options);
        ConnectionReport report = client.testConnection();
        client.repository(repository);
        if (remember && pasted) {
            tokens.remember(endpoint, token.token());
        }
        return new Connection(endpoint, client, repository, token.source(), report, Optional.empty());
    }

    @Override
    public void forgetToken(String endpoint) {
        tokens.forget(ApiEndpoint.parse(endpoint));
    }
}
