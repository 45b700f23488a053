package dev.wheelhouse.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.sandbox.api.RunDetailsSupport;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who is calling: users besides the maintainer, fine-grained and GitHub App tokens with their
 * permissions, and servers that ignore or refuse {@code return_run_details}.
 */
class SandboxAccountsTest extends SandboxTestBase {

    private static final Map<String, String> EVERYTHING = Map.of("actions", "write", "contents", "write",
            "workflows", "write", "checks", "read");
    private static final String RELEASE_FILE = "/contents/.github/workflows/release.yml";

    private String dispatchBody(boolean askForRun) {
        return "{\"ref\":\"main\"" + (askForRun ? ",\"return_run_details\":true" : "") + "}";
    }

    @Test
    void aSecondUserHasItsOwnLoginAndTheRunsItStartsCarryItUntilSomeoneElseReRunsThem() throws Exception {
        start(SandboxConfig.builder());
        SandboxClient bot = client.as(sandbox.issueToken("release-bot", Set.of("repo", "workflow")));

        JsonNode me = bot.json("/user");
        long botRun = SandboxClient.parse(bot.post(repo + "/actions/workflows/release.yml/dispatches",
                dispatchBody(true)).body()).get("workflow_run_id").asLong();
        long mine = dispatchOnMain();

        assertEquals("release-bot", me.get("login").asText());
        assertTrue(me.get("id").asLong() != client.json("/user").get("id").asLong());
        assertTrue(me.get("name").isNull());
        JsonNode run = client.json(repo + "/actions/runs/" + botRun);
        assertEquals("release-bot", run.get("actor").get("login").asText());
        assertEquals(me.get("id").asLong(), run.get("actor").get("id").asLong());
        assertEquals("release-bot", run.get("triggering_actor").get("login").asText());
        assertEquals("wheelhouse-dev", client.json(repo + "/actions/runs/" + mine).get("actor").get("login").asText());
        JsonNode byBot = client.json(repo + "/actions/runs?actor=release-bot").get("workflow_runs");
        assertEquals(1, byBot.size());
        assertEquals(botRun, byBot.get(0).get("id").asLong());

        clock.advance(Duration.ofHours(1));
        assertEquals(201, client.post(repo + "/actions/runs/" + botRun + "/rerun", "").statusCode());
        JsonNode rerun = client.json(repo + "/actions/runs/" + botRun);
        assertEquals(2, rerun.get("run_attempt").asInt());
        assertEquals("release-bot", rerun.get("actor").get("login").asText());
        assertEquals("wheelhouse-dev", rerun.get("triggering_actor").get("login").asText());
        assertEquals("release-bot", client.json(repo + "/actions/runs/" + botRun + "/attempts/1")
                .get("triggering_actor").get("login").asText());
    }

    @Test
    void aLoginGitHubWouldNotAcceptIsRefused() throws Exception {
        start(SandboxConfig.builder());

        assertThrows(IllegalArgumentException.class, () -> sandbox.issueToken("-bot", Set.of("repo")));
        assertThrows(IllegalArgumentException.class, () -> sandbox.issueToken("two--hyphens", Set.of("repo")));
        assertThrows(IllegalArgumentException.class, () -> sandbox.issueToken("x".repeat(40), Set.of("repo")));
    }

    @Test
    void aFineGrainedTokenGetsThePermissionHeaderAndNoScopes() throws Exception {
        start(SandboxConfig.builder());
        String token = sandbox.issueFineGrainedToken("wheelhouse-dev", EVERYTHING);
        SandboxClient fine = client.as(token);

        HttpResponse<String> runs = fine.get(repo + "/actions/runs");
        HttpResponse<String> repository = fine.get(repo);

        assertTrue(token.matches("github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}"), token);
        assertEquals(200, runs.statusCode());
        assertEquals("actions=read", runs.headers().firstValue("X-Accepted-GitHub-Permissions").orElseThrow());
        assertEquals("metadata=read", repository.headers().firstValue("X-Accepted-GitHub-Permissions").orElseThrow());
        assertFalse(runs.headers().firstValue("X-OAuth-Scopes").isPresent());
        assertFalse(runs.headers().firstValue("X-Accepted-OAuth-Scopes").isPresent());
        assertFalse(client.get(repo).headers().firstValue("X-Accepted-GitHub-Permissions").isPresent(),
                "a classic token is told scopes, not permissions");
    }

    @Test
    void aFineGrainedTokenWithoutTheEndpointsPermissionIsRefusedNamingIt() throws Exception {
        start(SandboxConfig.builder());
        SandboxClient reader = client.as(sandbox.issueFineGrainedToken("wheelhouse-dev", Map.of("actions", "read")));

        HttpResponse<String> dispatch = reader.post(repo + "/actions/workflows/release.yml/dispatches", dispatchBody(true));
        HttpResponse<String> annotations = reader.get(repo + "/check-runs/1/annotations");

        assertEquals(403, dispatch.statusCode());
        JsonNode body = SandboxClient.parse(dispatch.body());
        assertEquals("Resource not accessible by personal access token", body.get("message").asText());
        assertEquals("403", body.get("status").asText());
        assertEquals("actions=write", dispatch.headers().firstValue("X-Accepted-GitHub-Permissions").orElseThrow());
        assertEquals(0, client.json(repo + "/actions/runs").get("total_count").asInt(), "nothing was dispatched");
        assertEquals(403, annotations.statusCode());
        assertEquals("checks=read", annotations.headers().firstValue("X-Accepted-GitHub-Permissions").orElseThrow());
        assertEquals(200, reader.get(repo).statusCode(), "metadata comes with any repository permission");
    }

    @Test
    void aGitHubAppTokenIsRefusedAsAnIntegration() throws Exception {
        start(SandboxConfig.builder());
        String token = sandbox.issueAppToken("wheelhouse-dev", Map.of("actions", "write", "contents", "read"));
        SandboxClient app = client.as(token);
        String main = client.json(repo + "/git/ref/heads/main").get("object").get("sha").asText();

        HttpResponse<String> branch = app.post(repo + "/git/refs",
                "{\"ref\":\"refs/heads/topic\",\"sha\":\"" + main + "\"}");

        assertTrue(token.matches("ghu_[0-9A-Za-z]{36}"), token);
        assertEquals(403, branch.statusCode());
        assertEquals("Resource not accessible by integration", SandboxClient.parse(branch.body()).get("message").asText());
        assertEquals("contents=write", branch.headers().firstValue("X-Accepted-GitHub-Permissions").orElseThrow());
        assertEquals(200, app.post(repo + "/actions/workflows/release.yml/dispatches", dispatchBody(true)).statusCode());
    }

    @Test
    void aWorkflowFileWriteWithoutTheWorkflowsPermissionIsThePlain404() throws Exception {
        start(SandboxConfig.builder());
        String sha = client.json(repo + RELEASE_FILE).get("sha").asText();
        String body = "{\"message\":\"edit\",\"content\":\"bmFtZTogeAo=\",\"sha\":\"" + sha + "\",\"branch\":\"main\"}";
        SandboxClient contentsOnly = client.as(sandbox.issueFineGrainedToken("wheelhouse-dev",
                Map.of("contents", "write")));
        SandboxClient withWorkflows = client.as(sandbox.issueFineGrainedToken("wheelhouse-dev",
                Map.of("contents", "write", "workflows", "write")));

        assertEquals(404, contentsOnly.put(repo + RELEASE_FILE, body).statusCode());
        assertEquals(200, withWorkflows.put(repo + RELEASE_FILE, body).statusCode());
    }

    @Test
    void aServerThatIgnoresRunDetailsAnswers204AndStillStartsTheRun() throws Exception {
        start(SandboxConfig.builder().runDetails(RunDetailsSupport.IGNORED));

        HttpResponse<String> asked = client.post(repo + "/actions/workflows/release.yml/dispatches", dispatchBody(true));

        assertEquals(204, asked.statusCode());
        assertEquals("", asked.body());
        assertEquals(1, client.json(repo + "/actions/runs").get("total_count").asInt());
    }

    @Test
    void anOlderEnterpriseServerRefusesRunDetailsWith400AndStartsNothingUntilAskedWithout() throws Exception {
        start(SandboxConfig.builder().runDetails(RunDetailsSupport.REFUSED));

        HttpResponse<String> asked = client.post(repo + "/actions/workflows/release.yml/dispatches", dispatchBody(true));
        int runsAfterRefusal = client.json(repo + "/actions/runs").get("total_count").asInt();
        HttpResponse<String> plain = client.post(repo + "/actions/workflows/release.yml/dispatches", dispatchBody(false));

        assertEquals(400, asked.statusCode());
        assertEquals("Invalid request.\n\n\"return_run_details\" is not a permitted key.",
                SandboxClient.parse(asked.body()).get("message").asText());
        assertEquals(0, runsAfterRefusal);
        assertEquals(204, plain.statusCode());
        assertEquals(1, client.json(repo + "/actions/runs").get("total_count").asInt());
    }
}
