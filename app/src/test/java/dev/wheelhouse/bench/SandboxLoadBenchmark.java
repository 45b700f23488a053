package dev.wheelhouse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load on the sandbox, held to loopback: N clients (default 50), each with its own HTTP client,
 * poll like a run watcher for a fixed time (default 30 s) and check every answer. Each client
 * repeats: the run (conditional on its last ETag), the run's jobs (conditional), the runs list,
 * and, once a job has completed, that job's log through the redirect. Prints requests per
 * second, latency percentiles, errors (wrong status, wrong body, I/O failure) and the sandbox's
 * own counters. Bounded: the clients stop at the deadline and the process ends.
 * <pre>
 * mvn -q -B -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.wheelhouse.bench.SandboxLoadBenchmark [-Dexec.args="30 50"]
 * </pre>
 */
public final class SandboxLoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String api;
    private final String token;
    private final String repo;
    private final List<Long> runIds;
    private final long deadline;
    private final LongAdder requests = new LongAdder();
    private final LongAdder notModified = new LongAdder();
    private final LongAdder logs = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
    private final List<long[]> latencies = new ArrayList<>();

    private SandboxLoadBenchmark(String api, String token, String repo, List<Long> runIds, long deadline) {
        this.api = api;
        this.token = token;
        this.repo = "/repos/" + repo;
        this.runIds = runIds;
        this.deadline = deadline;
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        // Speed 20: a release run takes about 40 s, so runs change state during the window.
        SandboxConfig config = SandboxConfig.builder().speed(20).seed(1).rateLimit(10_000_000).threads(16).build();
        try (Sandbox sandbox = Sandbox.start(config)) {
            HttpClient setup = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Long> runIds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = setup.send(HttpRequest.newBuilder(URI.create(sandbox.apiUrl() + "/repos/"
                                + sandbox.repo() + "/actions/workflows/release.yml/dispatches"))
                        .header("Authorization", "Bearer " + sandbox.token())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"ref\":\"main\",\"return_run_details\":true}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                runIds.add(JSON.readTree(r.body()).get("workflow_run_id").asLong());
            }
            setup.send(HttpRequest.newBuilder(URI.create(sandbox.apiUrl() + "/_sandbox/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            long start = System.nanoTime();
            SandboxLoadBenchmark bench = new SandboxLoadBenchmark(sandbox.apiUrl(), sandbox.token(), sandbox.repo(),
                    runIds, start + TimeUnit.SECONDS.toNanos(seconds));
            bench.run(clients);
            double elapsed = (System.nanoTime() - start) / 1e9;
            JsonNode stats = JSON.readTree(setup.send(HttpRequest.newBuilder(URI.create(sandbox.apiUrl() + "/_sandbox/stats"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            bench.report(clients, seconds, elapsed, stats);
        }
    }

    private void run(int clients) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] samples = new long[2_000_000];
            synchronized (latencies) {
                latencies.add(samples);
            }
            int index = c;
            pool.execute(() -> {
                try {
                    poll(index, samples);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime()) + 30, TimeUnit.SECONDS);
        pool.shutdownNow();
    }

    /** One client: a run watcher's polling loop with conditional requests. */
    private void poll(int index, long[] samples) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        long runId = runIds.get(index % runIds.size());
        Map<String, String> etags = new HashMap<>();
        AtomicLong n = new AtomicLong();
        int step = 0;
        while (System.nanoTime() < deadline) {
            try {
                switch (step++ % 4) {
                    case 0 -> call(http, repo + "/actions/runs/" + runId, etags, samples, n,
                            body -> body.get("id").asLong() == runId);
                    case 1 -> {
                        JsonNode jobs = call(http, repo + "/actions/runs/" + runId + "/jobs?per_page=100", etags, samples, n,
                                body -> body.get("total_count").asInt() == body.get("jobs").size());
                        if (jobs != null) {
                            downloadACompletedLog(http, jobs, index, samples, n);
                        }
                    }
                    case 2 -> call(http, repo + "/actions/runs?per_page=10", etags, samples, n,
                            body -> body.get("total_count").asInt() == runIds.size());
                    default -> call(http, repo + "/actions/caches", etags, samples, n,
                            body -> body.get("total_count").asInt() == body.get("actions_caches").size()
                                    || body.get("total_count").asInt() > 30);
                }
            } catch (IOException e) {
                error("I/O: " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private interface BodyCheck {
        boolean holds(JsonNode body);
    }

    /** A conditional GET; returns the body of a 200, null after a 304 or an error. */
    private JsonNode call(HttpClient http, String path, Map<String, String> etags, long[] samples, AtomicLong n,
                          BodyCheck check) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Accept", "application/vnd.github+json");
        String etag = etags.get(path);
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        record(samples, n, System.nanoTime() - t0);
        if (response.statusCode() == 304) {
            notModified.increment();
            return null;
        }
        if (response.statusCode() != 200) {
            error("status " + response.statusCode() + " on " + path.replaceAll("\\d{6,}", "{id}"));
            return null;
        }
        JsonNode body = JSON.readTree(response.body());
        if (!check.holds(body)) {
            error("wrong body on " + path.replaceAll("\\d{6,}", "{id}"));
            return null;
        }
        response.headers().firstValue("ETag").ifPresent(tag -> etags.put(path, tag));
        return body;
    }

    private void downloadACompletedLog(HttpClient http, JsonNode jobs, int index, long[] samples, AtomicLong n)
            throws IOException, InterruptedException {
        List<JsonNode> completed = new ArrayList<>();
        for (JsonNode job : jobs.get("jobs")) {
            if ("completed".equals(job.get("status").asText()) && !"skipped".equals(job.get("conclusion").asText())) {
                completed.add(job);
            }
        }
        if (completed.isEmpty()) {
            return;
        }
        JsonNode job = completed.get((int) (n.get() + index) % completed.size());
        long t0 = System.nanoTime();
        HttpResponse<Void> redirect = http.send(HttpRequest.newBuilder(URI.create(api + repo + "/actions/jobs/"
                        + job.get("id").asLong() + "/logs")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding());
        record(samples, n, System.nanoTime() - t0);
        if (redirect.statusCode() != 302) {
            error("status " + redirect.statusCode() + " on job logs");
            return;
        }
        t0 = System.nanoTime();
        HttpResponse<String> log = http.send(HttpRequest.newBuilder(URI.create(redirect.headers()
                .firstValue("Location").orElseThrow())).build(), HttpResponse.BodyHandlers.ofString());
        record(samples, n, System.nanoTime() - t0);
        if (log.statusCode() != 200 || !log.body().contains("Complete job name: " + job.get("name").asText())) {
            error("bad log download (" + log.statusCode() + ")");
            return;
        }
        logs.increment();
    }

    private void record(long[] samples, AtomicLong n, long nanos) {
        requests.increment();
        long i = n.getAndIncrement();
        if (i < samples.length) {
            samples[(int) i] = nanos;
        }
    }

    private void error(String kind) {
        errors.increment();
        errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private void report(int clients, int seconds, double elapsed, JsonNode stats) {
        long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a).filter(v -> v > 0)).sorted().toArray();
        System.out.printf(Locale.ROOT, "sandbox load: %d clients, %d s window (%.1f s elapsed), %d cores%n",
                clients, seconds, elapsed, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "requests      %d (%.0f/s), of which 304: %d (%.0f%%), log downloads: %d%n",
                requests.sum(), requests.sum() / elapsed, notModified.sum(),
                100.0 * notModified.sum() / Math.max(1, requests.sum()), logs.sum());
        System.out.printf(Locale.ROOT, "latency ms    p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                pct(all, 0.50), pct(all, 0.90), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "errors        %d %s%n", errors.sum(), errorKinds);
        System.out.printf(Locale.ROOT, "sandbox stats total %d, counted %d, not_modified %d, bytes %d%n",
                stats.get("total").asLong(), stats.get("counted").asLong(), stats.get("not_modified").asLong(),
                stats.get("bytes").asLong());
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
    }
}
