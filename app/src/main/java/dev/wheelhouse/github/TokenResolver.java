package dev.wheelhouse.github;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the token for an endpoint, trying the sources in the order the GitHub CLI uses
 * (https://cli.github.com/manual/gh_help_environment): for github.com {@code GH_TOKEN} then
 * {@code GITHUB_TOKEN}; for an Enterprise Server (and a loopback server, so a token meant for
 * github.com never goes to a local port by accident) {@code GH_ENTERPRISE_TOKEN} then
 * {@code GITHUB_ENTERPRISE_TOKEN}; then {@code gh auth token}; then the token pasted into
 * Settings, from the keychain.
 */
public final class TokenResolver {

    private final Environment environment;
    private final GitHubCli cli;
    private final SecretStore store;

    public TokenResolver(Environment environment, GitHubCli cli, SecretStore store) {
        this.environment = environment;
        this.cli = cli;
        this.store = store;
    }

    /** The sources tried for {@code endpoint}, in order. */
    public List<TokenSource> order(ApiEndpoint endpoint) {
        List<TokenSource> sources = new ArrayList<>();
        if (endpoint.isGitHubDotCom()) {
            sources.add(TokenSource.GH_TOKEN);
            sources.add(TokenSource.GITHUB_TOKEN);
        } else {
            sources.add(TokenSource.GH_ENTERPRISE_TOKEN);
            sources.add(TokenSource.GITHUB_ENTERPRISE_TOKEN);
        }
        if (!endpoint.isLoopback()) {
            sources.add(TokenSource.GITHUB_CLI);
        }
        sources.add(TokenSource.KEYCHAIN);
        return List.copyOf(sources);
    }

    /**
     * The first token found, and where.
     *
     * @throws IllegalArgumentException when a variable is set but holds no usable token (the
     *                                  message names the variable, not its value)
     */
    public Optional<ResolvedToken> resolve(ApiEndpoint endpoint) {
        for (TokenSource source : order(endpoint)) {
            Optional<GitHubToken> token = switch (source) {
                case GITHUB_CLI -> cli.token(endpoint.webHost());
                case KEYCHAIN -> store.read(endpoint.webHost());
                default -> variable(source);
            };
            if (token.isPresent()) {
                return Optional.of(new ResolvedToken(token.get(), source));
            }
        }
        return Optional.empty();
    }

    /** Keeps a pasted token for the endpoint's host in the keychain. */
    public void remember(ApiEndpoint endpoint, GitHubToken token) {
        store.save(endpoint.webHost(), token);
    }

    public void forget(ApiEndpoint endpoint) {
        store.delete(endpoint.webHost());
    }

    /** What to tell a user who has no token for {@code endpoint}. */
    public String noTokenMessage(ApiEndpoint endpoint) {
        String vars = endpoint.isGitHubDotCom() ? "GH_TOKEN" : "GH_ENTERPRISE_TOKEN";
        return "No GitHub token found for " + endpoint.webHost() + ". Set " + vars
                + (endpoint.isLoopback() ? "" : ", log in with the GitHub CLI (gh auth login --hostname "
                + endpoint.webHost() + ")") + ", or paste a token in Settings.";
    }

    private Optional<GitHubToken> variable(TokenSource source) {
        Optional<String> value = environment.variable(source.name());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(GitHubToken.of(value.get()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source.name() + " is set but does not hold a GitHub token: "
                    + e.getMessage());
        }
    }
}
