package dev.wheelhouse.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.wheelhouse.Main;
import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientActivity;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.runs.poll.ExecutorPollTimer;
import dev.wheelhouse.runs.archive.HistoryRunArchive;
import dev.wheelhouse.runs.dispatch.InMemoryDispatchLog;
import dev.wheelhouse.runs.stats.LogCache;
import dev.wheelhouse.runs.poll.PollPolicy;
import dev.wheelhouse.runs.watch.RunEventListener;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.watch.RunMonitor;
import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.watch.RunWatcher;
import dev.wheelhouse.testing.ChildJvm;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 6, "Reliability": a soak of the run monitor. For {@code soak.minutes} of wall time
 * (default 30) it keeps {@code soak.parallel} runs (default 4) of the satkit release workflow
 * open at once on an accelerated sandbox ({@code soak.speed}, default 30: a 13-minute run in
 * about half a minute, every poll interval divided to match), each watched to the end with its
 * cache figures read (log cache capped at 2 MB, full within minutes, so eviction runs) and written to a history
 * file, one failing job per run re-run once, finished runs closed and new ones dispatched. Then
 * it stops by itself and prints the heap after a full collection at the start (a quarter of the
 * way in, once bounded caches had time to fill) and at the end: the target is the end within 10%
 * of the start. {@code soak.etagMb} sets the client's ETag cache (default 32, the client's own
 * default; 0 leaves it out, which separates its growth from the run monitor's).
 *
 * <p>The sandbox runs in a child JVM, so its own growing store of runs and logs is not counted
 * in this JVM's heap.
 *
 * <pre>
 * mvn -q -B -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.wheelhouse.bench.WatchSoak [-Dsoak.minutes=30] [-Dsoak.speed=30] [-Dsoak.parallel=4]
 * </pre>
 * {@code -Dsoak.etagMb=N} sizes the client's ETag cache; {@code -Dsoak.histogram=true} adds the top of the heap's class histogram at the start and at the end.
 */
public final class WatchSoak {

    private static final String FAILING = "build wheels (windows-latest cp312)";

    private WatchSoak() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = Double.parseDouble(System.getProperty("soak.minutes", "30"));
        double speed = Double.parseDouble(System.getProperty("soak.speed", "30"));
        int parallel = Integer.getInteger("soak.parallel", 4);
        long etagBytes = Long.getLong("soak.etagMb", 32) << 20;
        Process sandbox = ChildJvm.start(Main.class, List.of("-Xmx256m"),
                // GitHub's 5,000 an hour, for an hour of simulated time: at speed X a wall-clock hour holds X of them.
                List.of("sandbox", "--speed", String.valueOf(speed), "--rate-limit", String.valueOf(Math.round(5000 * speed)),
                        "--fail", FAILING + "=build-failure"),
                CommandLine.class, ObjectMapper.class, JsonFactory.class, JsonProperty.class, TomlMapper.class,
                LoadSettings.class);
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(sandbox.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = lines.readLine();
            if (first == null || !first.startsWith("{")) {
                StringBuilder said = new StringBuilder(String.valueOf(first));
                lines.lines().limit(20).forEach(l -> said.append('\n').append(l));
                throw new IllegalStateException("the sandbox did not start:\n" + said);
            }
            JsonNode hello = new ObjectMapper().readTree(first);
            Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "sandbox-output");
            drain.setDaemon(true);
            drain.start();
            soak(hello.path("api").asText(), hello.path("token").asText(), hello.path("repo").asText(), minutes,
                    speed, parallel, etagBytes);
        } finally {
            sandbox.destroy();
        }
    }

    private static void soak(String api, String token, String repoName, double minutes, double speed, int parallel,
                             long etagBytes) throws Exception {
        Path dir = Files.createTempDirectory("wheelhouse-soak");
        RepositoryRef repo = RepositoryRef.parse(repoName);
        ClientOptions d = ClientOptions.defaults();
        GitHubClient client = GitHubClient.connect(ApiEndpoint.parse(api), GitHubToken.of(token),
                new ClientOptions(d.clock(), d.sleeper(), d.retry(), d.rateLimit(), d.connectTimeout(),
                        d.requestTimeout(), d.random(), etagBytes, d.userAgent()));
        ExecutorService statsPool = Executors.newFixedThreadPool(2);
        Object changed = new Object();
        AtomicInteger failedJobs = new AtomicInteger();
        AtomicInteger completedRuns = new AtomicInteger();
        LogCache logs = new LogCache(dir.resolve("logs"), 2L << 20, Clock.systemUTC());
        try (HistoryStore history = HistoryStore.open(dir.resolve("history.db"));
             ExecutorPollTimer timer = ExecutorPollTimer.systemClock();
             RunMonitor monitor = RunMonitor.create(client, timer, PollPolicy.defaults().scaled(1 / speed), logs,
                     new HistoryRunArchive(history, Clock.systemUTC()), new InMemoryDispatchLog(), statsPool)) {
            monitor.onEvents(new RunEventListener() {
                @Override
                public void runCompleted(RunSnapshot snapshot) {
                    completedRuns.incrementAndGet();
                }

                @Override
                public void jobFailed(RunSnapshot snapshot, JobSnapshot job) {
                    failedJobs.incrementAndGet();
                }
            });
            long begin = System.nanoTime();
            long deadline = begin + Math.round(minutes * 60e9);
            long warmedUp = begin + Math.round(minutes * 60e9 / 4);
            List<RunWatcher> open = new ArrayList<>();
            int watched = 0;
            int reruns = 0;
            long heapStart = -1;
            int threadsStart = -1;
            int watchedAtStart = -1;
            System.out.printf(Locale.ROOT, "WatchSoak: %.1f min, sandbox speed %.0f (child JVM), %d runs at once, "
                    + "client ETag cache %d MB%n", minutes, speed, parallel, etagBytes >> 20);
            while (System.nanoTime() < deadline) {
                while (open.size() < parallel) {
                    long runId = dispatch(client, repo);
                    RunWatcher w = monitor.watch(RunRef.latest(repo, runId));
                    w.subscribe(s -> {
                        synchronized (changed) {
                            changed.notifyAll();
                        }
                    });
                    open.add(w);
                    watched++;
                }
                for (RunWatcher w : List.copyOf(open)) {
                    RunSnapshot s = w.latest().orElse(null);
                    if (s == null || w.polling() || !s.finished() || !figuresIn(s)) {
                        continue;
                    }
                    if (s.run().attempt() == 1 && s.jobs().stream().anyMatch(JobSnapshot::failed)) {
                        monitor.actions().rerunFailed(w);
                        reruns++;
                        continue;
                    }
                    w.close();
                    open.remove(w);
                }
                if (heapStart < 0 && System.nanoTime() >= warmedUp) {
                    heapStart = heapAfterGc();
                    threadsStart = Thread.activeCount();
                    watchedAtStart = watched;
                    histogramIfAsked();
                    System.out.printf(Locale.ROOT, "  start (after a quarter of the time, %d runs opened): heap after GC "
                            + "%.1f MB, %d threads%n", watched, heapStart / 1e6, threadsStart);
                }
                synchronized (changed) {
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    if (left > 0) {
                        changed.wait(Math.min(left, 1000));
                    }
                }
            }
            // Measured as at the start: runs open and their log workers busy, so like is set against like.
            long heapEnd = heapAfterGc();
            open.forEach(RunWatcher::close);
            open.clear();
            // The history closes with this block: let the log workers finish their writes first.
            statsPool.shutdown();
            if (!statsPool.awaitTermination(1, TimeUnit.MINUTES)) {
                System.out.println("  log workers still busy a minute after the end");
            }
            ClientActivity activity = client.activity().get();
            System.out.printf(Locale.ROOT, "  runs watched %d (completed %d), re-runs %d, failed jobs seen %d%n",
                    watched, completedRuns.get(), reruns, failedJobs.get());
            // A soak that stopped opening runs measures an idle heap: say so rather than pass.
            int afterStart = watched - watchedAtStart;
            System.out.printf(Locale.ROOT, "  runs opened after the start measurement: %d%s; rate limit left %d of %d; "
                            + "the client keeps %d conditional answers%n",
                    afterStart, afterStart < parallel ? " — STALLED, the figures below say nothing" : "",
                    client.rateLimit().get().remaining(), client.rateLimit().get().limit(), client.keptAnswers());
            System.out.printf(Locale.ROOT, "  requests %d (304: %d, retries: %d), history runs %d, log cache %d logs / "
                            + "%.1f MB%n", activity.requests(), activity.notModified(), activity.retries(),
                    history.runs(repo.fullName(), ".github/workflows/release.yml", 100_000).size(),
                    logs.entries(), logs.sizeBytes() / 1e6);
            histogramIfAsked();
            System.out.printf(Locale.ROOT, "  end: heap after GC %.1f MB, %d threads; end/start = %.3f (target <= 1.10): %s%n",
                    heapEnd / 1e6, Thread.activeCount(), heapStart <= 0 ? Double.NaN : (double) heapEnd / heapStart,
                    heapStart > 0 && heapEnd <= heapStart * 1.10 ? "met" : "MISSED");
        } finally {
            statsPool.shutdownNow();
        }
    }

    private static void histogramIfAsked() throws IOException {
        if (!Boolean.getBoolean("soak.histogram")) {
            return;
        }
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram").redirectErrorStream(true).start();
        new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().limit(40)
                .forEach(l -> System.out.println("    " + l));
    }

    private static boolean figuresIn(RunSnapshot s) {
        return s.layout().matrices().stream().flatMap(m -> m.runJobByIndex().values().stream())
                .allMatch(id -> s.statsOf(id).isPresent());
    }

    private static long dispatch(GitHubClient client, RepositoryRef repo) {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.dispatch(repo, "release.yml", "main", Map.of(), true).runId().orElseThrow();
            } catch (GitHubException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Used heap after full collections, once it stops shrinking. */
    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            best = Math.min(best, memory.getHeapMemoryUsage().getUsed());
        }
        return best;
    }
}
