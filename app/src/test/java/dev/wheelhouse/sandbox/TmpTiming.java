package dev.wheelhouse.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

public class TmpTiming {
    public static void main(String[] a) throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-06-02T22:30:00Z"));
        long t0 = System.nanoTime();
        Sandbox s = Sandbox.start(SandboxConfig.builder().clock(clock).build());
        System.out.println("start ms " + (System.nanoTime() - t0) / 1e6);
        SandboxClient c = new SandboxClient(s.apiUrl(), s.token());
        String repo = "/repos/" + s.repo();
        t0 = System.nanoTime();
        JsonNode r = SandboxClient.parse(c.post(repo + "/actions/workflows/release.yml/dispatches", "{\"ref\":\"main\",\"return_run_details\":true}").body());
        System.out.println("dispatch ms " + (System.nanoTime() - t0) / 1e6);
        long id = r.get("workflow_run_id").asLong();
        clock.advance(Duration.ofMinutes(5));
        for (int k = 0; k < 3; k++) {
            t0 = System.nanoTime();
            for (int i = 0; i < 100; i++) c.get(repo + "/actions/runs/" + id + "/jobs?per_page=100");
            System.out.println("100 job lists ms " + (System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            for (int i = 0; i < 100; i++) c.get(repo + "/actions/runs/" + id);
            System.out.println("100 runs ms " + (System.nanoTime() - t0) / 1e6);
        }
        clock.advance(Duration.ofMinutes(25));
        JsonNode jobs = c.json(repo + "/actions/runs/" + id + "/jobs?per_page=100");
        t0 = System.nanoTime();
        for (JsonNode j : jobs.get("jobs")) {
            var rr = c.get(repo + "/actions/jobs/" + j.get("id").asLong() + "/logs");
            rr.headers().firstValue("Location").ifPresent(l -> { try { c.download(l); } catch (Exception e) { throw new RuntimeException(e);} });
        }
        System.out.println("24 logs ms " + (System.nanoTime() - t0) / 1e6);
        t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) c.get(repo + "/actions/caches");
        System.out.println("20 caches ms " + (System.nanoTime() - t0) / 1e6);
        t0 = System.nanoTime();
        JsonNode r2 = SandboxClient.parse(c.post(repo + "/actions/workflows/release.yml/dispatches", "{\"ref\":\"main\",\"return_run_details\":true}").body());
        System.out.println("dispatch2 ms " + (System.nanoTime() - t0) / 1e6);
        s.close();
    }
}
