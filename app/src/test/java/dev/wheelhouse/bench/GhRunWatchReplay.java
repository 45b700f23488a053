package dev.wheelhouse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.runs.poll.PollTimer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The reference for the request budget: what {@code gh run watch} does by default, replayed
 * (cli/cli {@code pkg/cmd/run/watch/watch.go}, {@code renderRun}): every 3 s it gets the run,
 * lists its jobs (one request, {@code jobs_url}) and fetches the annotations of jobs, with no
 * conditional requests. Two readings of "which jobs' annotations":
 * <ul>
 * <li>{@link Mode#ISSUE}: each job not yet completed, as issue 6 states the reference;</li>
 * <li>{@link Mode#SOURCE}: as the source does it: every job not in its annotation cache, a job
 *     entering the cache once seen with a status other than {@code in_progress} (so a queued job
 *     is asked once, a running one every time), and recent versions' extra workflow lookup in
 *     {@code shared.GetRun} ({@code GET …/actions/workflows/{id}}) on every refresh.</li>
 * </ul>
 * Polls until the run is completed, as gh does.
 */
final class GhRunWatchReplay {

    enum Mode { ISSUE, SOURCE }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private final String token;
    private final String repo;
    private final Mode mode;
    private final Map<Long, Boolean> annotationCache = new HashMap<>();
    private long requests;

    GhRunWatchReplay(String api, String token, String repo, Mode mode) {
        this.api = api;
        this.token = token;
        this.repo = repo;
        this.mode = mode;
    }

    /** Watches {@code runId} to completion on {@code timer}; {@code done} counts down at the end. */
    void watch(PollTimer timer, Duration interval, long runId, CountDownLatch done) {
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            try {
                if (renderRun(runId)) {
                    done.countDown();
                    return;
                }
            } catch (IOException | InterruptedException e) {
                // gh would exit with the error; the replay counts on and tries again.
            }
            timer.schedule(interval, tick[0]);
        };
        timer.schedule(Duration.ZERO, tick[0]);
    }

    long requests() {
        return requests;
    }

    /** One refresh; true when the run has completed. */
    private boolean renderRun(long runId) throws IOException, InterruptedException {
        JsonNode run = get("/repos/" + repo + "/actions/runs/" + runId + "?exclude_pull_requests=true");
        if (mode == Mode.SOURCE) {
            get("/repos/" + repo + "/actions/workflows/" + run.path("workflow_id").asLong());
        }
        JsonNode jobs = get("/repos/" + repo + "/actions/runs/" + runId + "/jobs");
        for (JsonNode job : jobs.path("jobs")) {
            long id = job.path("id").asLong();
            String status = job.path("status").asText();
            boolean fetch = mode == Mode.ISSUE ? !status.equals("completed") : !annotationCache.containsKey(id);
            if (!fetch) {
                continue;
            }
            get("/repos/" + repo + "/check-runs/" + id + "/annotations");
            if (mode == Mode.SOURCE && !status.equals("in_progress")) {
                annotationCache.put(id, Boolean.TRUE);
            }
        }
        return run.path("status").asText().equals("completed");
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        requests++;
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/vnd.github+json")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? JSON.readTree(r.body()) : JSON.createObjectNode();
    }
}
