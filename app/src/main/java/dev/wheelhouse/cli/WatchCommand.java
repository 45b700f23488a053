package dev.wheelhouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.Environment;
import dev.wheelhouse.github.GitHubCli;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.KeychainSecretStore;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.ResolvedToken;
import dev.wheelhouse.github.SecretStore;
import dev.wheelhouse.github.TokenResolver;
import dev.wheelhouse.runs.dispatch.InMemoryDispatchLog;
import dev.wheelhouse.runs.poll.PollPolicy;
import dev.wheelhouse.runs.watch.RunMonitor;
import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.watch.RunWatchListener;
import dev.wheelhouse.runs.watch.RunWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * {@code wheelhouse watch --repo O/R --run ID [--api URL] [--interval S] [--exit-status]}: the job
 * table of a run, redrawn until the run completes, polled as the app polls (conditional
 * requests; an unchanged run costs nothing against the rate limit). Like {@code gh run watch}.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch a workflow run until it completes, redrawing its job table.",
                "The token comes from GH_TOKEN/GITHUB_TOKEN (github.com) or GH_ENTERPRISE_TOKEN/"
                        + "GITHUB_ENTERPRISE_TOKEN (other hosts), the GitHub CLI, or Settings."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run completed (with --exit-status: and succeeded)",
                "1:with --exit-status, the run did not succeed; or the run could not be followed",
                "2:bad arguments, no token, or no such run"})
public final class WatchCommand implements Callable<Integer> {

    @Option(names = "--repo", required = true, paramLabel = "OWNER/NAME", description = "The repository.")
    private String repo;

    @Option(names = "--run", required = true, paramLabel = "ID", description = "The run id (the number in its URL).")
    private long runId;

    @Option(names = "--api", paramLabel = "URL", defaultValue = "https://api.github.com",
            description = "The API root (GitHub Enterprise: https://HOST/api/v3). Default: ${DEFAULT-VALUE}.")
    private String api;

    @Option(names = "--interval", paramLabel = "S", defaultValue = "5",
            description = "Seconds between polls while jobs change (it grows while nothing does). Default: ${DEFAULT-VALUE}.")
    private int intervalSeconds;

    @Option(names = "--exit-status", description = "Exit with 1 unless the run succeeded.")
    private boolean exitStatus;

    @Spec
    private CommandSpec spec;

    private final Environment environment;
    private final Supplier<SecretStore> secrets;
    private final Supplier<WatchDriver> drivers;
    private final Supplier<Boolean> terminal;

    public WatchCommand() {
        // A lambda, not a method reference: the keychain library loads only when a token is looked up.
        this(Environment.system(), () -> KeychainSecretStore.system(), WatchDriver::realTime,
                () -> System.console() != null);
    }

    WatchCommand(Environment environment, Supplier<SecretStore> secrets, Supplier<WatchDriver> drivers,
                 Supplier<Boolean> terminal) {
        this.environment = environment;
        this.secrets = secrets;
        this.drivers = drivers;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RepositoryRef repository;
        ApiEndpoint endpoint;
        try {
            repository = RepositoryRef.parse(repo);
            endpoint = ApiEndpoint.parse(api);
        } catch (IllegalArgumentException e) {
            return ErrorLine.print(spec, e.getMessage(), 2);
        }
        if (runId <= 0 || intervalSeconds < 1) {
            return ErrorLine.print(spec, (runId <= 0 ? "--run takes the run's id, a positive number"
                    : "--interval takes a whole number of seconds, at least 1") + ".", 2);
        }
        Optional<ResolvedToken> token;
        TokenResolver resolver = new TokenResolver(environment, new GitHubCli(environment, Duration.ofSeconds(5)),
                secrets.get());
        try {
            token = resolver.resolve(endpoint);
        } catch (IllegalArgumentException e) {
            return ErrorLine.print(spec, e.getMessage(), 2);
        }
        if (token.isEmpty()) {
            return ErrorLine.print(spec, resolver.noTokenMessage(endpoint), 2);
        }
        try (WatchDriver driver = drivers.get()) {
            GitHubClient client = GitHubClient.connect(endpoint, token.get().token(),
                    ClientOptions.defaults().withClock(java.time.Clock.systemUTC()));
            PollPolicy policy = PollPolicy.defaults().withInterval(Duration.ofSeconds(intervalSeconds));
            try (RunMonitor monitor = RunMonitor.withoutCacheFigures(client, driver.timer(), policy,
                    new InMemoryDispatchLog())) {
                return follow(monitor, RunRef.latest(repository, runId), driver, serverTime(client, driver), out, err);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ErrorLine.print(spec, "interrupted.", 1);
        }
    }

    /**
     * Draws every snapshot until one shows the run finished (or polling stops on a failure),
     * then returns at once: the caller closes the monitor, so no request follows. It waits for
     * that snapshot itself, not for the scheduler to drop the run: the scheduler drops it after
     * the listeners have been told, with no one to wake this thread (the command then never
     * returned, and its timer kept polling).
     */
    private int follow(RunMonitor monitor, RunRef ref, WatchDriver driver, Supplier<Instant> now, PrintWriter out,
                       PrintWriter err) throws InterruptedException {
        JobTable table = new JobTable(out, terminal.get());
        AtomicReference<String> stopped = new AtomicReference<>();
        AtomicReference<RunSnapshot> finished = new AtomicReference<>();
        AtomicBoolean drawn = new AtomicBoolean();
        AtomicBoolean toldTrying = new AtomicBoolean();
        AtomicBoolean outputGone = new AtomicBoolean();
        try (RunWatcher watcher = monitor.watch(ref)) {
            watcher.subscribe(new RunWatchListener() {
                @Override
                public void snapshot(RunSnapshot snapshot) {
                    if (finished.get() != null || outputGone.get()) {
                        return;
                    }
                    table.draw(snapshot, now.get());
                    if (StandardOutput.gone(out, spec)) {
                        // Nobody reads the table any more (| head): stop polling GitHub for it.
                        outputGone.set(true);
                        driver.wake();
                        return;
                    }
                    drawn.set(true);
                    toldTrying.set(false);
                    if (snapshot.finished()) {
                        finished.set(snapshot);
                    }
                    driver.wake();
                }

                @Override
                public void problem(String message, boolean stop) {
                    if (stop || !drawn.get()) {
                        // Nothing drawn yet: a server that cannot be reached now is a wrong --api, not an outage.
                        stopped.set(message);
                    } else if (!toldTrying.getAndSet(true)) {
                        // Once per outage: stderr stays one line however long the outage lasts.
                        err.println(ErrorLine.of(spec.commandLine(), message + " (still trying)"));
                        err.flush();
                    }
                    driver.wake();
                }
            });
            driver.runUntil(() -> stopped.get() != null || finished.get() != null || outputGone.get());
            if (outputGone.get()) {
                return 1;
            }
            if (finished.get() == null) {
                return ErrorLine.print(spec, stopped.get(), watcher.latest().isEmpty() ? 2 : 1);
            }
        }
        RunSnapshot last = finished.get();
        table.finished(last);
        return exitStatus && !last.run().succeeded() ? 1 : 0;
    }

    /**
     * "Now" as the server stamps runs, for running jobs' elapsed times: the wall clock for GitHub;
     * for the sandbox on this machine, its simulated clock ({@code GET /_sandbox/clock}), which
     * runs faster than the wall clock at any speed above 1.
     */
    private static Supplier<Instant> serverTime(GitHubClient client, WatchDriver driver) {
        if (!client.endpoint().isLoopback()) {
            return () -> driver.timer().now();
        }
        return () -> {
            try {
                JsonNode reading = client.getJson("/_sandbox/clock", JsonNode.class, "the sandbox's clock").value();
                return Instant.parse(reading.path("now").asText());
            } catch (RuntimeException e) {
                // Not the sandbox (or an older one): a loopback server on the wall clock.
                return driver.timer().now();
            }
        };
    }
}
