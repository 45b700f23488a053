package dev.wheelhouse.ui.connection;

import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.release.ReleaseSource;
import dev.wheelhouse.runs.caches.ActionsCaches;
import dev.wheelhouse.runs.catalog.WorkflowCatalog;
import dev.wheelhouse.runs.dispatch.DispatchLog;
import dev.wheelhouse.runs.dispatch.PushAndDispatch;
import dev.wheelhouse.runs.dispatch.WorkflowDispatcher;
import dev.wheelhouse.runs.watch.RunMonitor;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The connected repository and the services the screens work on it with, built once per
 * connection by the composition root ({@link RepositoryWiring}) and closed with it.
 *
 * @param connection the connection they all go through
 * @param monitor    watches its runs
 * @param dispatches where dispatches are recorded (the history)
 * @param catalog    its workflows at a ref
 * @param dispatcher dispatches a workflow and finds the run
 * @param pusher     commits an edited workflow to a branch, then dispatches it there
 * @param caches     its Actions cache
 * @param release    what a run tab's release check and deployment reviews read from
 */
public record MonitoredRepository(Connection connection, RunMonitor monitor, DispatchLog dispatches,
                                  WorkflowCatalog catalog, WorkflowDispatcher dispatcher, PushAndDispatch pusher,
                                  ActionsCaches caches, Optional<ReleaseSource> release) {

    public MonitoredRepository {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(dispatches, "dispatches");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(dispatcher, "dispatcher");
        Objects.requireNonNull(pusher, "pusher");
        Objects.requireNonNull(caches, "caches");
        Objects.requireNonNull(release, "release");
    }

    public RepositoryRef repository() {
        return connection.repository();
    }

    public GitHubClient client() {
        return connection.client();
    }

    /**
     * The server's clock: every live elapsed time is measured on it (the sandbox runs its
     * simulated time faster than the wall clock).
     */
    public Clock clock() {
        return connection.clock();
    }
}
