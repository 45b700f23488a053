package dev.wheelhouse.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance run: the satkit release workflow dispatched on a branch, on the wall clock at
 * a high speed factor, watched through the API like a client would.
 */
class SandboxReleaseRunTest {

    private static final Pattern BUILD_JOB = Pattern.compile(
            "build wheels \\((macos-latest|ubuntu-latest|windows-latest|ubuntu-24\\.04-arm) (cp31[0-4])\\)");
    private static final Pattern NOTICE = Pattern.compile("##\\[notice\\](\\d+)% - (\\d+) hits, (\\d+) misses, (\\d+) errors");

    private Sandbox sandbox;
    private SandboxClient client;
    private String repo;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.builder().speed(800).seed(7).build());
        client = new SandboxClient(sandbox.apiUrl(), sandbox.token());
        repo = "/repos/" + sandbox.repo();
        JsonNode main = client.json(repo + "/git/ref/heads/main");
        assertEquals(201, client.post(repo + "/git/refs", "{\"ref\":\"refs/heads/wheels\",\"sha\":\""
                + main.at("/object/sha").asText() + "\"}").statusCode());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private long dispatch() throws Exception {
        HttpResponse<String> r = client.post(repo + "/actions/workflows/release.yml/dispatches",
                "{\"ref\":\"wheels\",\"return_run_details\":true}");
        assertEquals(200, r.statusCode(), r.body());
        return SandboxClient.parse(r.body()).get("workflow_run_id").asLong();
    }

    private JsonNode awaitCompletion(long runId) throws Exception {
        await("run " + runId + " to complete").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(25))
                .until(() -> client.json(repo + "/actions/runs/" + runId).get("status").asText().equals("completed"));
        return client.json(repo + "/actions/runs/" + runId + "/jobs?per_page=100");
    }

    @Test
    void aBranchRunCompletesWithTwentyNamedWheelJobsAndTheTagOnlyJobsSkipped() throws Exception {
        long runId = dispatch();
        JsonNode jobs = awaitCompletion(runId);
        JsonNode run = client.json(repo + "/actions/runs/" + runId);
        assertEquals("success", run.get("conclusion").asText());
        assertEquals("wheels", run.get("head_branch").asText());
        assertEquals("workflow_dispatch", run.get("event").asText());
        int builds = 0;
        Map<String, String> others = new HashMap<>();
        for (JsonNode job : jobs.get("jobs")) {
            String name = job.get("name").asText();
            if (BUILD_JOB.matcher(name).matches()) {
                builds++;
                assertEquals("success", job.get("conclusion").asText(), name);
                assertTrue(job.get("runner_name").asText().startsWith("GitHub Actions "), name);
                assertTrue(job.get("steps").size() >= 8, name);
            } else {
                others.put(name, job.get("conclusion").asText());
            }
        }
        assertEquals(20, builds);
        assertEquals(Map.of("test before release", "success", "verify version", "skipped",
                "publish to crates.io", "skipped", "publish to PyPI", "skipped"), others);
    }

    /**
     * Speed compresses the wall time a run takes, not the time it shows: a job's
     * {@code started_at}..{@code completed_at} is the modelled 3–12 minutes, which is what
     * users are shown as its duration, while the {@code Date} header stays the wall clock's.
     */
    @Test
    void atHighSpeedTheTimestampsShowTheModelledDurationsAndTheDateHeaderStaysReal() throws Exception {
        Instant wallStart = Instant.now();
        JsonNode jobs = awaitCompletion(dispatch());
        Duration wall = Duration.between(wallStart, Instant.now());
        HttpResponse<String> answer = client.get(repo + "/actions/runs");

        JsonNode run = SandboxClient.parse(answer.body()).get("workflow_runs").get(0);
        Duration shown = Duration.between(Instant.parse(run.get("run_started_at").asText()),
                Instant.parse(run.get("updated_at").asText()));
        assertTrue(shown.compareTo(Duration.ofMinutes(8)) > 0, "the run shows its modelled length: " + shown);
        assertTrue(shown.compareTo(wall.multipliedBy(20)) > 0, "far longer than the " + wall + " it took");
        for (JsonNode job : jobs.get("jobs")) {
            if (BUILD_JOB.matcher(job.get("name").asText()).matches()) {
                Duration took = Duration.between(Instant.parse(job.get("started_at").asText()),
                        Instant.parse(job.get("completed_at").asText()));
                assertTrue(took.compareTo(Duration.ofMinutes(2)) >= 0, job.get("name").asText() + " took " + took);
            }
        }
        Instant date = ZonedDateTime.parse(answer.headers().firstValue("Date").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertTrue(Duration.between(date, Instant.now()).abs().compareTo(Duration.ofSeconds(5)) < 0, "Date: " + date);
    }

    @Test
    void everyJobThatRanHasALogDownloadableThroughTheRedirect() throws Exception {
        JsonNode jobs = awaitCompletion(dispatch());
        int downloaded = 0;
        for (JsonNode job : jobs.get("jobs")) {
            if (job.get("conclusion").asText().equals("skipped")) {
                assertEquals(404, client.get(repo + "/actions/jobs/" + job.get("id").asLong() + "/logs").statusCode());
                continue;
            }
            HttpResponse<String> redirect = client.get(repo + "/actions/jobs/" + job.get("id").asLong() + "/logs");
            assertEquals(302, redirect.statusCode());
            HttpResponse<byte[]> log = client.download(redirect.headers().firstValue("Location").orElseThrow());
            assertEquals(200, log.statusCode());
            assertEquals("text/plain; charset=utf-8", log.headers().firstValue("Content-Type").orElseThrow());
            String text = SandboxClient.text(log.body());
            assertTrue(text.startsWith("\uFEFF"));
            assertTrue(text.contains("Complete job name: " + job.get("name").asText() + "\r\n"));
            downloaded++;
        }
        assertEquals(21, downloaded);
    }

    @Test
    void theSecondRunOnABranchHitsTheCacheTheFirstOneFilled() throws Exception {
        Map<String, Integer> first = hitRates(awaitCompletion(dispatch()));
        Map<String, Integer> second = hitRates(awaitCompletion(dispatch()));
        assertEquals(10, first.size(), "macOS and Windows jobs print host stats");
        List<String> notHigher = new ArrayList<>();
        first.forEach((job, rate) -> {
            if (second.get(job) <= rate) {
                notHigher.add(job + ": " + rate + "% then " + second.get(job) + "%");
            }
        });
        assertEquals(List.of(), notHigher);
        assertTrue(first.values().stream().allMatch(r -> r <= 5), "cold: " + first);
        assertTrue(second.values().stream().allMatch(r -> r >= 85), "warm: " + second);
    }

    /** The notice figure of each job that compiled on the runner itself (not in a container). */
    private Map<String, Integer> hitRates(JsonNode jobs) throws Exception {
        Map<String, Integer> rates = new HashMap<>();
        for (JsonNode job : jobs.get("jobs")) {
            String name = job.get("name").asText();
            if (!BUILD_JOB.matcher(name).matches()) {
                continue;
            }
            String location = client.get(repo + "/actions/jobs/" + job.get("id").asLong() + "/logs")
                    .headers().firstValue("Location").orElseThrow();
            Matcher notice = NOTICE.matcher(SandboxClient.text(client.download(location).body()));
            assertTrue(notice.find(), name + " has sccache-action's notice");
            boolean linux = name.contains("ubuntu");
            if (linux) {
                assertEquals("0", notice.group(1), name + ": compiled in the manylinux container, host stats are zero");
            } else {
                rates.put(name, Integer.parseInt(notice.group(1)));
            }
        }
        return rates;
    }
}
