package dev.wheelhouse.ui.runs;

import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.release.ReleaseSource;
import dev.wheelhouse.runs.dispatch.DispatchLog;
import dev.wheelhouse.runs.watch.RunMonitor;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The connected repository as the runs screen works with it.
 *
 * @param monitor    watches its runs (one per connection)
 * @param clock      the server's clock: every live elapsed time is measured on it (the sandbox runs
 *                   its simulated time faster than the wall clock)
 * @param dispatches where dispatches are recorded
 * @param release    what a run tab's release check and deployment reviews read from, when there is a client
 */
public record MonitoredRepository(RunMonitor monitor, RepositoryRef repository, Clock clock, DispatchLog dispatches,
                                  Optional<ReleaseSource> release) {

    public MonitoredRepository(RunMonitor monitor, RepositoryRef repository, Clock clock, DispatchLog dispatches) {
        this(monitor, repository, clock, dispatches, Optional.empty());
    }

    public MonitoredRepository {
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dispatches, "dispatches");
        Objects.requireNonNull(release, "release");
    }
}
