package dev.wheelhouse.bench;

import dev.wheelhouse.Main;
import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.model.WorkflowRun;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;
import dev.wheelhouse.sandbox.http.RequestStats;
import dev.wheelhouse.testing.ChildJvm;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code wheelhouse watch --exit-status} as a script runs it (its own process, the token in its
 * environment) on the benchmark's simulated run: the requests it spent, and how long after the
 * run completed it returned (issue 11 item 6: within one poll interval, and nothing after).
 */
final class WatchCommandRun {

    record Result(long counted, long total, Map<String, Long> routes, long endedAfterMillis, int exit, double seconds) {
    }

    private WatchCommandRun() {
    }

    static Result measure(double speed, long seed, int intervalSeconds) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().speed(speed).seed(seed).build())) {
            Instant wallThen = Instant.now();
            Instant simulatedThen = sandbox.simulatedClock().instant();
            GitHubClient client = GitHubClient.connect(ApiEndpoint.parse(sandbox.apiUrl()),
                    GitHubToken.of(sandbox.token()), ClientOptions.defaults());
            RepositoryRef repo = RepositoryRef.parse(sandbox.repo());
            long runId = client.dispatch(repo, "release.yml", "main", Map.of(), true).runId().orElseThrow();
            RequestStats.Snapshot before = sandbox.stats();
            Instant started = Instant.now();
            Process watch = start(sandbox, List.of("watch", "--repo", sandbox.repo(), "--run", Long.toString(runId),
                    "--api", sandbox.apiUrl(), "--interval", Integer.toString(intervalSeconds), "--exit-status"));
            if (!watch.waitFor(30, TimeUnit.MINUTES)) {
                watch.destroyForcibly();
                throw new IllegalStateException("watch did not return within 30 minutes");
            }
            Instant returned = Instant.now();
            RequestStats.Snapshot after = sandbox.stats();
            WorkflowRun run = client.run(repo, runId);
            Instant completed = wallThen.plusNanos(Math.round(
                    Duration.between(simulatedThen, run.updatedAt()).toNanos() / speed));
            Map<String, Long> routes = new TreeMap<>();
            after.routes().forEach((route, n) -> {
                long spent = n - before.routes().getOrDefault(route, 0L);
                if (spent > 0) {
                    routes.put(route, spent);
                }
            });
            return new Result(after.counted() - before.counted(), after.total() - before.total(), routes,
                    Duration.between(completed, returned).toMillis(), watch.exitValue(),
                    Duration.between(started, returned).toMillis() / 1000.0);
        }
    }

    private static Process start(Sandbox sandbox, List<String> args) throws Exception {
        List<String> command = ChildJvm.command(Main.class, List.of(), args);
        Path data = Files.createTempDirectory("wheelhouse-bench-watch");
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().keySet().removeIf(name -> name.endsWith("TOKEN"));
        builder.environment().put("GH_ENTERPRISE_TOKEN", sandbox.token());
        builder.environment().put("WHEELHOUSE_DATA_DIR", data.toString());
        return builder.start();
    }
}
