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

    /**
     * What the times of the server's runs and caches are measured on, when that is not this
     * computer's clock: the sandbox's simulated time runs {@code speed} times as fast, so its
     * stamps run ahead of the wall clock and its ages ("1 h ago") are simulated hours. A view that
     * shows them says so beside them instead of mixing the two clocks unannounced.
     */
    public java.util.Optional<String> clockNote() {
        return sandbox.map(s -> {
            double speed = s.config().speed();
            if (speed == 1) {
                return null;
            }
            String times = speed == Math.rint(speed) ? String.valueOf((long) speed) : String.valueOf(speed);
            return "Times are the sandbox's: its runs go " + times + "× faster than real time, so its clock "
                    + "runs ahead of this computer's.";
        });
    }

    /** "Sandbox · wheelhouse-demo/satkit" or "github.com · octocat · pola-rs/polars". */
    public String describe() {
        if (isSandbox()) {
            return "Sandbox · " + repository.fullName();
        }
        return endpoint.webHost() + " · " + report.login() + " · " + repository.fullName();
    }
}
