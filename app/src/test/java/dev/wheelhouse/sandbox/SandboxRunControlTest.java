package dev.wheelhouse.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.sandbox.sim.FailureRule;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cancel, force-cancel, re-runs and attempts, and the run-logs archive. */
class SandboxRunControlTest extends SandboxTestBase {

    private JsonNode run(long id) throws Exception {
        return client.json(repo + "/actions/runs/" + id);
    }

    private JsonNode jobs(long id, String query) throws Exception {
        return client.json(repo + "/actions/runs/" + id + "/jobs?per_page=100" + query).get("jobs");
    }

    private static JsonNode named(JsonNode jobs, String name) {
        for (JsonNode job : jobs) {
            if (job.get("name").asText().equals(name)) {
                return job;
            }
        }
        throw new AssertionError("no job " + name);
    }

    @Test
    void cancellingARunningRunCancelsItsJobsAndACompletedRunCannotBeCancelled() throws Exception {
        start(SandboxConfig.builder());
        long id = dispatchOnMain();
        clock.advance(Duration.ofMinutes(5));
        assertEquals("in_progress", run(id).get("status").asText());
        HttpResponse<String> cancel = client.post(repo + "/actions/runs/" + id + "/cancel", "");
        assertEquals(202, cancel.statusCode());
        assertEquals("{}", cancel.body());
        clock.advance(Duration.ofMinutes(1));
        JsonNode run = run(id);
        assertEquals("completed", run.get("status").asText());
        assertEquals("cancelled", run.get("conclusion").asText());
        JsonNode build = named(jobs(id, ""), "build wheels (macos-latest cp310)");
        assertEquals("cancelled", build.get("conclusion").asText());
        assertTrue(build.get("steps").toString().contains("\"conclusion\":\"cancelled\""));
        HttpResponse<String> again = client.post(repo + "/actions/runs/" + id + "/cancel", "");
        assertEquals(409, again.statusCode());
        assertEquals("Cannot cancel a workflow run that is completed.",
                SandboxClient.parse(again.body()).get("message").asText());
    }

    @Test
    void aCancelledAlwaysStepStillRunsUnlessTheCancelIsForced() throws Exception {
        start(SandboxConfig.builder());
        long gentle = dispatchOnMain();
        long forced = dispatchOnMain();
        clock.advance(Duration.ofMinutes(5));
        client.post(repo + "/actions/runs/" + gentle + "/cancel", "");
        assertEquals(202, client.post(repo + "/actions/runs/" + forced + "/force-cancel", "").statusCode());
        clock.advance(Duration.ofMinutes(2));
        assertEquals("success", step(named(jobs(gentle, ""), "build wheels (windows-latest cp312)"), "sccache stats"));
        assertEquals("skipped", step(named(jobs(forced, ""), "build wheels (windows-latest cp312)"), "sccache stats"));
    }

    private static String step(JsonNode job, String name) {
        for (JsonNode step : job.get("steps")) {
            if (step.get("name").asText().equals(name)) {
                return step.get("conclusion").asText();
            }
        }
        throw new AssertionError("no step " + name);
    }

    @Test
    void reRunningFailedJobsMakesAnAttemptThatKeepsTheJobsThatSucceeded() throws Exception {
        start(SandboxConfig.builder().failures(List.of(FailureRule.parse("build wheels (windows-latest cp313)=build-failure"))));
        long id = dispatchOnMain();
        HttpResponse<String> early = client.post(repo + "/actions/runs/" + id + "/rerun-failed-jobs", "");
        assertEquals(403, early.statusCode(), "a running run cannot be re-run");
        clock.advance(Duration.ofMinutes(30));
        assertEquals("failure", run(id).get("conclusion").asText());
        long failedId = named(jobs(id, ""), "build wheels (windows-latest cp313)").get("id").asLong();
        long keptId = named(jobs(id, ""), "build wheels (macos-latest cp313)").get("id").asLong();
        assertEquals(201, client.post(repo + "/actions/runs/" + id + "/rerun-failed-jobs", "").statusCode());

        JsonNode run = run(id);
        assertEquals(2, run.get("run_attempt").asInt());
        assertEquals(client.json(repo + "/actions/runs/" + id).get("url").asText() + "/attempts/1",
                run.get("previous_attempt_url").asText());
        JsonNode latest = jobs(id, "");
        JsonNode rerun = named(latest, "build wheels (windows-latest cp313)");
        assertFalse(rerun.get("id").asLong() == failedId, "a re-run job gets a new id");
        assertEquals(2, rerun.get("run_attempt").asInt());
        assertEquals(keptId, named(latest, "build wheels (macos-latest cp313)").get("id").asLong());
        assertEquals(1, named(latest, "build wheels (macos-latest cp313)").get("run_attempt").asInt());
        Set<Long> all = new HashSet<>();
        jobs(id, "&filter=all").forEach(j -> all.add(j.get("id").asLong()));
        assertTrue(all.contains(failedId) && all.contains(rerun.get("id").asLong()), "all attempts: both copies of the failed job");
        latest.forEach(j -> assertFalse(j.get("id").asLong() == failedId, "latest: only the new copy"));
        assertEquals(1, client.json(repo + "/actions/runs/" + id + "/attempts/1").get("run_attempt").asInt());
        assertEquals("failure", client.json(repo + "/actions/runs/" + id + "/attempts/1").get("conclusion").asText());
        Set<Long> firstAttempt = new HashSet<>();
        client.json(repo + "/actions/runs/" + id + "/attempts/1/jobs?per_page=100").get("jobs")
                .forEach(j -> firstAttempt.add(j.get("id").asLong()));
        assertTrue(firstAttempt.contains(failedId));
    }

    @Test
    void reRunningAWholeRunOrOneJob() throws Exception {
        start(SandboxConfig.builder());
        long id = dispatchOnMain();
        clock.advance(Duration.ofMinutes(30));
        HttpResponse<String> nothingFailed = client.post(repo + "/actions/runs/" + id + "/rerun-failed-jobs", "");
        assertEquals(403, nothingFailed.statusCode());
        assertEquals(201, client.post(repo + "/actions/runs/" + id + "/rerun", "").statusCode());
        assertEquals("queued", run(id).get("status").asText());
        assertTrue(jobs(id, "").size() < 24, "wheel jobs wait for the test job again");
        clock.advance(Duration.ofMinutes(30));
        long job = named(jobs(id, ""), "build wheels (ubuntu-latest cp311)").get("id").asLong();
        assertEquals(201, client.post(repo + "/actions/jobs/" + job + "/rerun", "").statusCode());
        JsonNode third = jobs(id, "");
        assertEquals(3, run(id).get("run_attempt").asInt());
        assertEquals(3, named(third, "build wheels (ubuntu-latest cp311)").get("run_attempt").asInt());
        assertEquals(2, named(third, "build wheels (ubuntu-latest cp312)").get("run_attempt").asInt());
    }

    @Test
    void theRunLogsArchiveHoldsAFilePerJobAndAFolderOfStepLogs() throws Exception {
        start(SandboxConfig.builder());
        long id = dispatchOnMain();
        assertEquals(404, client.get(repo + "/actions/runs/" + id + "/logs").statusCode(), "not before the run completes");
        clock.advance(Duration.ofMinutes(30));
        HttpResponse<String> redirect = client.get(repo + "/actions/runs/" + id + "/logs");
        assertEquals(302, redirect.statusCode());
        HttpResponse<byte[]> zip = client.download(redirect.headers().firstValue("Location").orElseThrow());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElseThrow());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals(21, names.stream().filter(n -> !n.contains("/")).count());
        assertTrue(names.contains("build wheels (macos-latest cp310)/1_Set up job.txt"), names.toString());
    }
}
