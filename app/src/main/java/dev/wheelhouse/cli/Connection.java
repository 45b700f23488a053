package dev.wheelhouse.cli;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.ResolvedToken;
import dev.wheelhouse.release.GitHubReleaseSource;
import dev.wheelhouse.release.ReleaseSource;

import java.util.Optional;

/** A client for one repository, from a command's {@code --api} and {@code --repo}, or a usage failure (exit 2). */
record Connection(GitHubClient client, RepositoryRef repo) {

    static Connection open(ClientSetup setup, String api, String repo, long runId) {
        ApiEndpoint endpoint;
        RepositoryRef repository;
        try {
            endpoint = ApiEndpoint.parse(api);
            repository = RepositoryRef.parse(repo);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage(e.getMessage());
        }
        if (runId <= 0) {
            throw CommandFailure.usage("--run takes the run's id, a positive number (the one in its URL).");
        }
        Optional<ResolvedToken> token;
        try {
            token = setup.token(endpoint);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage(e.getMessage());
        }
        if (token.isEmpty()) {
            throw CommandFailure.usage(setup.noTokenMessage(endpoint));
        }
        return new Connection(GitHubClient.connect(endpoint, token.get().token(), setup.options()), repository);
    }

    ReleaseSource release() {
        return new GitHubReleaseSource(client, repo);
    }
}
