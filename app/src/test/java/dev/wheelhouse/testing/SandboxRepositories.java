package dev.wheelhouse.testing;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ConnectionReport;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.RateLimitState;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.TokenKind;
import dev.wheelhouse.github.TokenSource;
import dev.wheelhouse.github.WaitingSleeper;
import dev.wheelhouse.runs.caches.ActionsCaches;
import dev.wheelhouse.runs.catalog.WorkflowCatalog;
import dev.wheelhouse.runs.dispatch.DispatchLog;
import dev.wheelhouse.runs.dispatch.PushAndDispatch;
import dev.wheelhouse.runs.dispatch.WorkflowDispatcher;
import dev.wheelhouse.runs.watch.RunMonitor;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.connection.MonitoredRepository;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The services of a connection to a sandbox, wired as the app wires them, around a monitor the
 * test made (on virtual time, with its own log cache and archive). Sends no request of its own.
 */
public final class SandboxRepositories {

    private SandboxRepositories() {
    }

    public static Connection connection(Sandbox sandbox, GitHubClient client) {
        ConnectionReport report = new ConnectionReport("octocat", TokenKind.CLASSIC, Optional.of(List.of("repo",
                "workflow")), RateLimitState.UNKNOWN, List.of(), List.of(), Optional.empty());
        return new Connection(ApiEndpoint.parse(sandbox.apiUrl()), client, RepositoryRef.parse(sandbox.repo()),
                TokenSource.SANDBOX, report, Optional.of(sandbox));
    }

    public static MonitoredRepository of(Sandbox sandbox, GitHubClient client, RunMonitor monitor,
                                         DispatchLog dispatches) {
        Connection connection = connection(sandbox, client);
        WorkflowDispatcher dispatcher = new WorkflowDispatcher(client, dispatches, connection.clock(),
                new WaitingSleeper(), Duration.ofSeconds(2));
        return new MonitoredRepository(connection, monitor, dispatches, new WorkflowCatalog(client), dispatcher,
                new PushAndDispatch(client, dispatcher), new ActionsCaches(client), Optional.empty());
    }
}
