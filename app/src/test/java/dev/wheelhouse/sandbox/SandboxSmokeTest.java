package dev.wheelhouse.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SandboxSmokeTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-06-02T22:30:00Z"));
    private Sandbox sandbox;
    private SandboxClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.builder().clock(clock).build());
        client = new SandboxClient(sandbox.apiUrl(), sandbox.token());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void dispatchThenWatch() throws Exception {
        System.out.println(client.json("/user"));
        System.out.println(client.json("/repos/" + sandbox.repo()));
        System.out.println(client.json("/repos/" + sandbox.repo() + "/actions/workflows"));
        HttpResponse<String> d = client.post("/repos/" + sandbox.repo() + "/actions/workflows/release.yml/dispatches",
                "{\"ref\":\"main\",\"return_run_details\":true}");
        System.out.println(d.statusCode() + " " + d.body());
        long runId = SandboxClient.parse(d.body()).get("workflow_run_id").asLong();
        for (int i = 0; i < 16; i++) {
            JsonNode run = client.json("/repos/" + sandbox.repo() + "/actions/runs/" + runId);
            JsonNode jobs = client.json("/repos/" + sandbox.repo() + "/actions/runs/" + runId + "/jobs?per_page=100");
            System.out.println(clock.instant() + " " + run.get("status") + " " + run.get("conclusion") + " jobs=" + jobs.get("total_count"));
            clock.advance(Duration.ofMinutes(1));
        }
        JsonNode jobs = client.json("/repos/" + sandbox.repo() + "/actions/runs/" + runId + "/jobs?per_page=100");
        long jobId = jobs.get("jobs").get(5).get("id").asLong();
        HttpResponse<String> logs = client.get("/repos/" + sandbox.repo() + "/actions/jobs/" + jobId + "/logs");
        System.out.println(logs.statusCode() + " " + logs.headers().map());
        HttpResponse<byte[]> log = client.download(logs.headers().firstValue("Location").orElseThrow());
        System.out.println(SandboxClient.text(log.body()).substring(0, 2000));
        System.out.println(client.json("/repos/" + sandbox.repo() + "/actions/caches?per_page=3"));
        System.out.println(client.json("/repos/" + sandbox.repo() + "/check-runs/" + jobId + "/annotations"));
        System.out.println(client.json("/_sandbox/stats"));
        assertEquals(200, log.statusCode());
    }
}
