package dev.wheelhouse.ui.runs;

import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.runs.dispatch.DispatchLog;
import dev.wheelhouse.runs.watch.RunMonitor;

import java.time.Clock;
import java.util.Objects;

/**
 * The connected repository as the runs screen works with it.
 *
 * @param monitor    watches its runs (one per connection)
 * @param clock      the server's clock: every live elapsed time is measured on it (the sandbox runs
 *                   its simulated time faster than the wall clock)
 * @param dispatches where dispatches are recorded
 */
public record MonitoredRepository(RunMonitor monitor, RepositoryRef repository, Clock clock, DispatchLog dispatches) {

    public MonitoredRepository {
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dispatches, "dispatches");
    }
}
