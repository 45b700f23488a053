package dev.wheelhouse.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GitHub's conventions around every call: auth, scopes, headers, limits, conditional requests, paging. */
class SandboxProtocolTest extends SandboxTestBase {

    private JsonNode stats() throws Exception {
        return client.json("/_sandbox/stats");
    }

    @Test
    void aBadTokenIsRefusedWithGitHubsBodyAndTheUnauthenticatedBucket() throws Exception {
        start(SandboxConfig.builder());
        HttpResponse<String> r = client.as("ghp_000000000000000000000000000000000000").get("/user");
        assertEquals(401, r.statusCode());
        assertEquals("Bad credentials", SandboxClient.parse(r.body()).get("message").asText());
        assertEquals("60", r.headers().firstValue("X-RateLimit-Limit").orElseThrow());
        assertFalse(r.headers().firstValue("X-OAuth-Scopes").isPresent());
    }

    @Test
    void bothTokenSchemesAreAcceptedAndTheScopesAreEchoed() throws Exception {
        start(SandboxConfig.builder());
        HttpResponse<String> bearer = client.get("/user");
        HttpResponse<String> token = client.as(null).get("/user", "Authorization", "token " + sandbox.token());
        assertEquals(200, bearer.statusCode());
        assertEquals(200, token.statusCode());
        assertEquals("gist, read:org, repo, workflow", bearer.headers().firstValue("X-OAuth-Scopes").orElseThrow());
        assertEquals("", bearer.headers().firstValue("X-Accepted-OAuth-Scopes").orElseThrow());
        assertEquals("repo", client.get(repo).headers().firstValue("X-Accepted-OAuth-Scopes").orElseThrow());
    }

    @Test
    void everyAnswerCarriesTheHeadersOfTheRecordedOnes() throws Exception {
        start(SandboxConfig.builder());
        HttpResponse<String> ours = client.get("/user");
        Set<String> recorded = new TreeSet<>();
        for (Iterator<String> it = Recordings.mapping("user.mapping.json").get("headers").fieldNames(); it.hasNext(); ) {
            recorded.add(it.next().toLowerCase(Locale.ROOT));
        }
        // The sample token had an expiry date; the sandbox's tokens do not expire.
        recorded.remove("github-authentication-token-expiration");
        Set<String> missing = new TreeSet<>(recorded);
        missing.removeAll(ours.headers().map().keySet());
        assertEquals(Set.of(), missing);
        assertTrue(ours.headers().firstValue("ETag").orElseThrow().matches("W/\"[0-9a-f]{64}\""));
        assertTrue(ours.headers().firstValue("X-GitHub-Request-Id").orElseThrow()
                .matches("[0-9A-F]+:[0-9A-F]+:[0-9A-F]+:[0-9A-F]+:[0-9A-F]+"));
        assertEquals("2022-11-28", ours.headers().firstValue("x-github-api-version-selected").orElseThrow());
    }

    @Test
    void theApiIsAlsoServedUnderTheEnterprisePrefixWithLinksThatKeepIt() throws Exception {
        start(SandboxConfig.builder());
        JsonNode viaEnterprise = client.json("/api/v3" + repo);
        assertEquals("wheelhouse-demo/satkit", viaEnterprise.get("full_name").asText());
        assertEquals(sandbox.apiUrl() + "/api/v3" + repo, viaEnterprise.get("url").asText());
    }

    /** Repeated: the statistics were once recorded after the answer, and a quick reader missed them. */
    @RepeatedTest(20)
    void aNotModifiedAnswerIsFreeAndIsNotCounted() throws Exception {
        start(SandboxConfig.builder());
        HttpResponse<String> first = client.get(repo);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        int remaining = Integer.parseInt(first.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
        client.post("/_sandbox/reset", "");
        HttpResponse<String> again = client.get(repo, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(remaining, Integer.parseInt(again.headers().firstValue("X-RateLimit-Remaining").orElseThrow()));
        HttpResponse<String> sinceModified = client.get(repo, "If-Modified-Since",
                first.headers().firstValue("Last-Modified").orElseThrow());
        assertEquals(304, sinceModified.statusCode());
        JsonNode stats = stats();
        assertEquals(2, stats.get("total").asLong());
        assertEquals(0, stats.get("counted").asLong());
        assertEquals(2, stats.get("not_modified").asLong());
        assertEquals(2, stats.get("routes").get("GET /repos/{owner}/{repo}").asLong());
    }

    @Test
    void theSimulatedClockRunsAtTheSandboxsSpeedAndSaysSoAtItsOwnEndpoint() throws Exception {
        start(SandboxConfig.builder().speed(10));
        clock.advance(Duration.ofMinutes(1));

        JsonNode reading = client.json("/_sandbox/clock");

        assertEquals("2026-06-02T22:40:00Z", reading.get("now").asText());
        assertEquals("2026-06-02T22:31:00Z", reading.get("wall").asText());
        assertEquals(java.time.Instant.parse("2026-06-02T22:40:00Z"), sandbox.simulatedClock().instant());
        long run = dispatchOnMain();
        assertEquals("2026-06-02T22:40:00Z", client.json(repo + "/actions/runs/" + run).get("created_at").asText());
    }

    @Test
    void aChangedResourceAnswersInFullWithANewTag() throws Exception {
        start(SandboxConfig.builder());
        client.post(repo + "/actions/workflows/release.yml/dispatches", "{\"ref\":\"main\"}");
        String runs = repo + "/actions/runs";
        String etag = client.get(runs).headers().firstValue("ETag").orElseThrow();
        assertEquals(304, client.get(runs, "If-None-Match", etag).statusCode());
        clock.advance(Duration.ofMinutes(2));
        HttpResponse<String> later = client.get(runs, "If-None-Match", etag);
        assertEquals(200, later.statusCode(), "the run started, so the list changed");
        assertFalse(etag.equals(later.headers().firstValue("ETag").orElseThrow()));
    }

    @Test
    void anExhaustedBudgetIsRefusedWithRetryAfterUntilTheHourResets() throws Exception {
        start(SandboxConfig.builder().rateLimit(3));
        for (int i = 0; i < 3; i++) {
            assertEquals(200, client.get(repo).statusCode());
        }
        HttpResponse<String> refused = client.get(repo);
        assertEquals(403, refused.statusCode());
        assertEquals("0", refused.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 3500 && retryAfter <= 3600, "retry after " + retryAfter);
        assertTrue(SandboxClient.parse(refused.body()).get("message").asText().startsWith("API rate limit exceeded for user ID "));
        assertEquals(200, client.get("/rate_limit").statusCode(), "/rate_limit stays answerable");
        assertEquals(0, client.json("/rate_limit").at("/resources/core/remaining").asInt());
        clock.advance(Duration.ofSeconds(retryAfter));
        assertEquals(200, client.get(repo).statusCode());
    }

    @Test
    void theRefusalCanBe429AndASecondaryLimitSaysSo() throws Exception {
        start(SandboxConfig.builder().rateLimitStatus(429).secondaryLimitPerMinute(2));
        client.get(repo);
        client.get(repo);
        HttpResponse<String> refused = client.get(repo);
        assertEquals(429, refused.statusCode());
        assertEquals("60", refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(SandboxClient.parse(refused.body()).get("message").asText().startsWith("You have exceeded a secondary rate limit"));
        clock.advance(Duration.ofSeconds(61));
        assertEquals(200, client.get(repo).statusCode());
    }

    @Test
    void listsArePagedWithGitHubsLinkHeaderWhoseUrlsCanBeFollowed() throws Exception {
        start(SandboxConfig.builder());
        for (int i = 0; i < 5; i++) {
            client.post(repo + "/actions/workflows/release.yml/dispatches", "{\"ref\":\"main\"}");
        }
        HttpResponse<String> first = client.get(repo + "/actions/runs?per_page=2");
        assertEquals(5, SandboxClient.parse(first.body()).get("total_count").asInt());
        assertEquals(2, SandboxClient.parse(first.body()).get("workflow_runs").size());
        String link = first.headers().firstValue("Link").orElseThrow();
        String base = sandbox.apiUrl() + "/repositories/862410077/actions/runs?";
        assertEquals("<" + base + "page=2&per_page=2>; rel=\"next\", <" + base + "page=3&per_page=2>; rel=\"last\"", link);
        Matcher next = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(link);
        assertTrue(next.find());
        HttpResponse<String> second = client.get(next.group(1));
        assertEquals(200, second.statusCode());
        assertTrue(second.headers().firstValue("Link").orElseThrow().contains("rel=\"prev\""));
        HttpResponse<String> last = client.get(base.replace(sandbox.apiUrl(), "") + "page=3&per_page=2");
        assertEquals(1, SandboxClient.parse(last.body()).get("workflow_runs").size());
        assertFalse(last.headers().firstValue("Link").orElseThrow().contains("rel=\"next\""));
    }

    @Test
    void theBlobHostRefusesARequestCarryingAnAuthorizationHeader() throws Exception {
        start(SandboxConfig.builder());
        String location = finishedJobLogLocation();
        HttpResponse<byte[]> leaked = client.download(location, "Authorization", "Bearer " + sandbox.token());
        assertEquals(400, leaked.statusCode());
        assertTrue(SandboxClient.text(leaked.body()).contains("InvalidAuthenticationInfo"));
        assertEquals(200, client.download(location).statusCode());
    }

    @Test
    void aSignedLogUrlExpiresAfterAMinuteAndCannotBeForged() throws Exception {
        start(SandboxConfig.builder());
        String location = finishedJobLogLocation();
        assertTrue(location.contains("urlSigningMethod=HMACV1"));
        assertEquals(403, client.download(location.replaceAll("urlSignature=[^&]+", "urlSignature=forged")).statusCode());
        clock.advance(Duration.ofSeconds(61));
        HttpResponse<byte[]> expired = client.download(location);
        assertEquals(403, expired.statusCode());
        assertTrue(SandboxClient.text(expired.body()).contains("Signature not valid in the specified time frame"));
    }

    @Test
    void theLogRedirectLooksLikeGitHubsAndCarriesNoScopes() throws Exception {
        start(SandboxConfig.builder());
        HttpResponse<String> redirect = client.get(jobLogsPath());
        assertEquals(302, redirect.statusCode());
        assertEquals("text/html;charset=utf-8", redirect.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("", redirect.body());
        assertFalse(redirect.headers().firstValue("X-OAuth-Scopes").isPresent());
        assertTrue(redirect.headers().firstValue("Location").orElseThrow().startsWith(sandbox.blobUrl() + "/"));
    }

    @Test
    void headAnswersLikeGetWithoutTheBody() throws Exception {
        start(SandboxConfig.builder());
        HttpResponse<String> get = client.get(repo);
        HttpResponse<String> head = client.head(repo);
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
    }

    @Test
    void unknownPathsAndOtherRepositoriesAreNotFound() throws Exception {
        start(SandboxConfig.builder());
        assertEquals(404, client.get("/repos/someone/else").statusCode());
        assertEquals(404, client.get("/nothing/here").statusCode());
        assertEquals(404, client.get(repo + "/actions/runs/not-a-number").statusCode());
    }

    @Test
    void unauthenticatedCallersReadThePublicRepositoryButCannotWrite() throws Exception {
        start(SandboxConfig.builder());
        SandboxClient anonymous = client.as(null);
        assertEquals(200, anonymous.get(repo).statusCode());
        HttpResponse<String> dispatch = anonymous.post(repo + "/actions/workflows/release.yml/dispatches", "{\"ref\":\"main\"}");
        assertEquals(401, dispatch.statusCode());
        assertEquals("Requires authentication", SandboxClient.parse(dispatch.body()).get("message").asText());
        assertEquals(401, anonymous.get("/user").statusCode());
    }

    private String jobLogsPath() throws Exception {
        JsonNode run = SandboxClient.parse(client.post(repo + "/actions/workflows/release.yml/dispatches",
                "{\"ref\":\"main\",\"return_run_details\":true}").body());
        clock.advance(Duration.ofMinutes(30));
        JsonNode jobs = client.json(repo + "/actions/runs/" + run.get("workflow_run_id").asLong() + "/jobs");
        for (JsonNode job : jobs.get("jobs")) {
            if (job.get("conclusion").asText().equals("success")) {
                return repo + "/actions/jobs/" + job.get("id").asLong() + "/logs";
            }
        }
        throw new AssertionError("no successful job");
    }

    private String finishedJobLogLocation() throws Exception {
        return client.get(jobLogsPath()).headers().firstValue("Location").orElseThrow();
    }
}
