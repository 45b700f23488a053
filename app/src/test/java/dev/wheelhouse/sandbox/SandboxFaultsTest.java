package dev.wheelhouse.sandbox;

import dev.wheelhouse.testing.MutableClock;

import dev.wheelhouse.sandbox.http.FaultPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults on demand: server errors, dropped connections, slow answers, cut-off log downloads. */
class SandboxFaultsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-02T22:30:00Z"));
    private final List<Sandbox> started = new ArrayList<>();

    private Sandbox start(FaultPlan faults, long seed) throws Exception {
        Sandbox sandbox = Sandbox.start(SandboxConfig.builder().clock(clock).faults(faults).seed(seed).build());
        started.add(sandbox);
        return sandbox;
    }

    @AfterEach
    void stop() {
        started.forEach(Sandbox::close);
    }

    /**
     * Status of each of {@code n} calls, -1 for a dropped connection. A raw socket per call:
     * java.net.http quietly retries a GET whose pooled connection was closed, which would hide
     * the very fault under test.
     */
    private static List<Integer> outcomes(Sandbox sandbox, int n) throws Exception {
        URI api = URI.create(sandbox.apiUrl());
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            try (Socket socket = new Socket(api.getHost(), api.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET /repos/" + sandbox.repo() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer " + sandbox.token() + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                out.add(status == null ? -1 : Integer.parseInt(status.split(" ")[1]));
            } catch (SocketException dropped) {
                out.add(-1);
            }
        }
        return out;
    }

    @Test
    void serverErrorsAndDroppedConnectionsComeAtTheConfiguredRates() throws Exception {
        Sandbox sandbox = start(new FaultPlan(0.1, 0.1, 0.1, 0.1, 0, Duration.ZERO, 0), 3);
        Map<Integer, Integer> counts = new TreeMap<>();
        outcomes(sandbox, 200).forEach(s -> counts.merge(s, 1, Integer::sum));
        for (int status : new int[]{500, 502, 503, -1}) {
            int n = counts.getOrDefault(status, 0);
            assertTrue(n >= 8 && n <= 36, status + " came " + n + " times in 200: " + counts);
        }
        assertTrue(counts.get(200) >= 100, counts.toString());
    }

    @Test
    void theSameSeedFailsTheSameRequests() throws Exception {
        FaultPlan plan = new FaultPlan(0.2, 0.1, 0.1, 0, 0, Duration.ZERO, 0);
        assertEquals(outcomes(start(plan, 11), 40), outcomes(start(plan, 11), 40));
    }

    @Test
    void aSlowAnswerArrivesAfterTheConfiguredDelay() throws Exception {
        Sandbox sandbox = start(new FaultPlan(0, 0, 0, 0, 1, Duration.ofMillis(300), 0), 1);
        SandboxClient client = new SandboxClient(sandbox.apiUrl(), sandbox.token());
        long t0 = System.nanoTime();
        HttpResponse<String> r = client.get("/repos/" + sandbox.repo());
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, r.statusCode());
        assertTrue(elapsedMs >= 300, "answered after " + elapsedMs + " ms");
    }

    @Test
    void aTruncatedLogDownloadFailsTheClientInsteadOfLookingComplete() throws Exception {
        Sandbox sandbox = start(new FaultPlan(0, 0, 0, 0, 0, Duration.ZERO, 1), 1);
        SandboxClient client = new SandboxClient(sandbox.apiUrl(), sandbox.token());
        String repo = "/repos/" + sandbox.repo();
        long run = SandboxClient.parse(client.post(repo + "/actions/workflows/release.yml/dispatches",
                "{\"ref\":\"main\",\"return_run_details\":true}").body()).get("workflow_run_id").asLong();
        clock.advance(Duration.ofMinutes(30));
        long job = client.json(repo + "/actions/runs/" + run + "/jobs").at("/jobs/1/id").asLong();
        String location = client.get(repo + "/actions/jobs/" + job + "/logs").headers().firstValue("Location").orElseThrow();
        assertThrows(IOException.class, () -> client.download(location));
    }

    @Test
    void theSandboxesOwnEndpointsAreNeverFaulted() throws Exception {
        Sandbox sandbox = start(new FaultPlan(1, 0, 0, 0, 0, Duration.ZERO, 0), 1);
        SandboxClient client = new SandboxClient(sandbox.apiUrl(), sandbox.token());
        assertEquals(500, client.get("/user").statusCode());
        assertEquals(200, client.get("/_sandbox/stats").statusCode());
        assertEquals(1, client.json("/_sandbox/stats").get("total").asInt());
        assertEquals(0, client.json("/_sandbox/stats").get("counted").asInt(), "GitHub does not charge a 5xx");
    }
}
