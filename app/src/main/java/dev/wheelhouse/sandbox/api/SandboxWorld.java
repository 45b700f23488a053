package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.sandbox.http.RateLimiter;
import dev.wheelhouse.sandbox.http.RequestStats;
import dev.wheelhouse.sandbox.release.ReleaseWorld;
import dev.wheelhouse.sandbox.sim.CacheLedger;
import dev.wheelhouse.sandbox.state.GitRepository;
import dev.wheelhouse.sandbox.state.RepositoryEnvironment;
import dev.wheelhouse.sandbox.state.RunStore;
import dev.wheelhouse.sandbox.state.Workflows;

import java.time.Clock;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Everything the routes read and change.
 *
 * @param clock          the wall clock: commits, rate limits
 * @param simulated      the Actions world's clock ({@link dev.wheelhouse.sandbox.sim.SimulatedClock}): runs,
 *                       jobs, steps, logs, caches
 * @param signedDownload turns a blob path into a signed, expiring URL on the blob listener
 * @param blobPrefix     the opaque first path segment of every blob path
 * @param runDetails     how a dispatch answers {@code return_run_details}
 * @param environments   the repository's deployment environments
 * @param release        artifacts, protection rules and release faults
 * @param signedBlob     turns an artifact's blob path and download name into a signed SAS URL on the blob listener
 */
public record SandboxWorld(Clock clock, Clock simulated, GitRepository repo, Workflows workflows, RunStore runs,
                           CacheLedger caches, RateLimiter limiter, RequestStats stats,
                           UnaryOperator<String> signedDownload, String blobPrefix, RunDetailsSupport runDetails,
                           List<RepositoryEnvironment> environments, ReleaseWorld release,
                           BinaryOperator<String> signedBlob) {

    public SandboxWorld {
        environments = List.copyOf(environments);
    }
}
