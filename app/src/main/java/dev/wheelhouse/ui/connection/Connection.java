package dev.wheelhouse.ui.connection;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ConnectionReport;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.TokenSource;
import dev.wheelhouse.sandbox.Sandbox;

import java.util.Optional;

/**
 * The live connection every screen works through: one client for one API, the repository the
 * user works on, where the token came from, and the embedded sandbox when that is the server.
 */
public record Connection(ApiEndpoint endpoint, GitHubClient client, RepositoryRef repository, TokenSource source,
                         ConnectionReport report, Optional<Sandbox> sandbox) {

    public boolean isSandbox() {
        return sandbox.isPresent();
    }

    /**
     * "Now" as the server sees it: the sandbox runs its simulated time faster than the wall clock,
     * so live elapsed times must be measured on its clock.
     */
    public java.time.Clock clock() {
        return sandbox.<java.time.Clock>map(Sandbox::simulatedClock).orElse(java.time.Clock.systemUTC());
    }

    /** "Sandbox · wheelhouse-demo/satkit" or "github.com · octocat · pola-rs/polars". */
    public String describe() {
        if (isSandbox()) {
            return "Sandbox · " + repository.fullName();
        }
        return endpoint.webHost() + " · " + report.login() + " · " + repository.fullName();
    }
}
