package dev.wheelhouse.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tag release reaches "publish to PyPI", which waits at PyPiPublish until its reviewer approves or rejects it. */
class SandboxDeploymentsTest extends SandboxTestBase {

    private static final long PYPI = 5_120_400_012L;

    private long dispatchOnTag() throws Exception {
        long runId = SandboxClient.parse(client.post(repo + "/actions/workflows/release.yml/dispatches",
                "{\"ref\":\"v0.9.0\",\"return_run_details\":true}").body()).get("workflow_run_id").asLong();
        clock.advance(Duration.ofMinutes(40));
        return runId;
    }

    private JsonNode job(long runId, String name) throws Exception {
        for (JsonNode job : client.json(repo + "/actions/runs/" + runId + "/jobs?per_page=100").get("jobs")) {
            if (job.get("name").asText().equals(name)) {
                return job;
            }
        }
        throw new AssertionError("no job " + name);
    }

    private HttpResponse<String> review(SandboxClient as, long runId, String state) throws Exception {
        return as.post(repo + "/actions/runs/" + runId + "/pending_deployments",
                "{\"environment_ids\":[" + PYPI + "],\"state\":\"" + state + "\",\"comment\":\"wheels checked\"}");
    }

    @Test
    void thePublishJobWaitsAndThePendingDeploymentNamesTheEnvironmentItsTimerAndReviewer() throws Exception {
        start(SandboxConfig.builder());
        long runId = dispatchOnTag();
        assertEquals("waiting", job(runId, "publish to PyPI").get("status").asText());
        assertEquals("waiting", client.json(repo + "/actions/runs/" + runId).get("status").asText());
        JsonNode pending = client.json(repo + "/actions/runs/" + runId + "/pending_deployments");
        assertEquals(1, pending.size());
        assertEquals("PyPiPublish", pending.get(0).get("environment").get("name").asText());
        assertEquals(PYPI, pending.get(0).get("environment").get("id").asLong());
        assertEquals(1, pending.get(0).get("wait_timer").asInt());
        assertTrue(pending.get(0).get("current_user_can_approve").asBoolean());
        assertEquals("wheelhouse-dev", pending.get(0).get("reviewers").get(0).get("reviewer").get("login").asText());
        assertEquals(job(runId, "publish to PyPI").get("created_at").asText(),
                pending.get(0).get("wait_timer_started_at").asText());
    }

    @Test
    void approvingLetsThePublishJobRunAndTheRunSucceed() throws Exception {
        start(SandboxConfig.builder());
        long runId = dispatchOnTag();
        HttpResponse<String> approved = review(client, runId, "approved");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("PyPiPublish", SandboxClient.parse(approved.body()).get(0).get("environment").asText());
        assertEquals(0, client.json(repo + "/actions/runs/" + runId + "/pending_deployments").size());
        clock.advance(Duration.ofMinutes(10));
        JsonNode publish = job(runId, "publish to PyPI");
        assertEquals("completed", publish.get("status").asText());
        assertEquals("success", publish.get("conclusion").asText());
        assertTrue(publish.get("steps").size() > 2, "it ran its steps");
        JsonNode run = client.json(repo + "/actions/runs/" + runId);
        assertEquals("success", run.get("conclusion").asText());
        JsonNode history = client.json(repo + "/actions/runs/" + runId + "/approvals");
        assertEquals("approved", history.get(0).get("state").asText());
        assertEquals("wheels checked", history.get(0).get("comment").asText());
        assertEquals("wheelhouse-dev", history.get(0).get("user").get("login").asText());
        assertEquals("PyPiPublish", history.get(0).get("environments").get(0).get("name").asText());
    }

    @Test
    void rejectingFailsThePublishJobAndTheRunWithoutRunningIt() throws Exception {
        start(SandboxConfig.builder());
        long runId = dispatchOnTag();
        HttpResponse<String> rejected = review(client, runId, "rejected");
        assertEquals(200, rejected.statusCode(), rejected.body());
        clock.advance(Duration.ofMinutes(1));
        JsonNode publish = job(runId, "publish to PyPI");
        assertEquals("failure", publish.get("conclusion").asText());
        assertEquals(0, publish.get("steps").size());
        assertEquals("failure", client.json(repo + "/actions/runs/" + runId).get("conclusion").asText());
        assertEquals("rejected", client.json(repo + "/actions/runs/" + runId + "/approvals").get(0).get("state").asText());
    }

    @Test
    void someoneWhoIsNotARequiredReviewerGetsGitHubsRefusalAndNothingChanges() throws Exception {
        start(SandboxConfig.builder());
        long runId = dispatchOnTag();
        SandboxClient stranger = new SandboxClient(sandbox.apiUrl(), sandbox.issueToken("octo-helper", Set.of("repo")));
        assertFalse(stranger.json(repo + "/actions/runs/" + runId + "/pending_deployments").get(0)
                .get("current_user_can_approve").asBoolean());
        HttpResponse<String> refused = review(stranger, runId, "approved");
        assertEquals(422, refused.statusCode());
        assertEquals("No pending deployment requests to approve or reject",
                SandboxClient.parse(refused.body()).get("message").asText());
        assertEquals("waiting", job(runId, "publish to PyPI").get("status").asText());
        assertEquals(0, client.json(repo + "/actions/runs/" + runId + "/approvals").size());
    }

    @Test
    void aSecondReviewFindsNothingPendingAndABadStateIsRefused() throws Exception {
        start(SandboxConfig.builder());
        long runId = dispatchOnTag();
        HttpResponse<String> bad = client.post(repo + "/actions/runs/" + runId + "/pending_deployments",
                "{\"environment_ids\":[" + PYPI + "],\"state\":\"maybe\",\"comment\":\"\"}");
        assertEquals(422, bad.statusCode());
        assertEquals(200, review(client, runId, "approved").statusCode());
        assertEquals(422, review(client, runId, "rejected").statusCode());
    }

    @Test
    void aBranchRunHasNoPublishJobWaiting() throws Exception {
        start(SandboxConfig.builder());
        long runId = dispatchOnMain();
        clock.advance(Duration.ofMinutes(40));
        assertEquals("completed", client.json(repo + "/actions/runs/" + runId).get("status").asText());
        assertEquals(0, client.json(repo + "/actions/runs/" + runId + "/pending_deployments").size());
    }
}
