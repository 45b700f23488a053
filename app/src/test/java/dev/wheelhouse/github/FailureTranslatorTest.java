package dev.wheelhouse.github;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Refusal forms the sandbox does not produce (alternative permission sets, a classic 403 naming
 * the accepted scope, a secondary limit without {@code Retry-After}), from the header and body
 * forms GitHub documents. The sandbox's own fine-grained and App refusals are covered over HTTP
 * in {@link GitHubPermissionsSandboxTest}.
 */
class FailureTranslatorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-02T22:30:00Z"), ZoneOffset.UTC);
    private static final URI DISPATCH = URI.create("https://api.github.com/repos/o/r/actions/workflows/release.yml/dispatches");
    private static final URI WORKFLOW_FILE = URI.create("https://api.github.com/repos/o/r/contents/.github/workflows/release.yml");

    private static ApiReply reply(int status, Map<String, List<String>> headers, String message) {
        Map<String, List<String>> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", List.of("application/json; charset=utf-8"));
        return new ApiReply(status, all, ("{\"message\":\"" + message + "\",\"documentation_url\":\"https://docs.github.com/rest\"}")
                .getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void aClassicTokenIsToldTheScopeTheEndpointAccepts() {
        FailureTranslator translator = new FailureTranslator(CLOCK, TokenKind.CLASSIC);
        ApiCall call = ApiCall.get(URI.create("https://api.github.com/repos/o/r/actions/caches"), "caches of o/r");

        GitHubException e = translator.translate(call, reply(403,
                Map.of("X-OAuth-Scopes", List.of("gist, read:org"), "X-Accepted-OAuth-Scopes", List.of("repo")), "Must have admin rights"));

        assertEquals(List.of("repo"), assertInstanceOf(GitHubException.MissingPermission.class, e).missing());
    }

    @Test
    void aGitHubAppIsToldToGrantThePermissionOnTheApp() {
        FailureTranslator translator = new FailureTranslator(CLOCK, TokenKind.GITHUB_APP_INSTALLATION);
        ApiCall call = ApiCall.withBody("PUT", WORKFLOW_FILE, new byte[0], "file x");

        GitHubException e = translator.translate(call, reply(403,
                Map.of("X-Accepted-GitHub-Permissions", List.of("contents=write,workflows=write; administration=write")), "Forbidden"));

        assertEquals(List.of("Contents: write", "Workflows: write"),
                assertInstanceOf(GitHubException.MissingPermission.class, e).missing());
        assertEquals(true, e.userMessage().endsWith("Grant it to the GitHub App and accept the new permissions on the "
                + "installation."), e.userMessage());
    }

    @Test
    void aSecondaryLimitWithoutRetryAfterSaysToWaitAMinute() {
        FailureTranslator translator = new FailureTranslator(CLOCK, TokenKind.CLASSIC);
        ApiCall call = ApiCall.get(URI.create("https://api.github.com/repos/o/r"), "repository o/r");

        GitHubException e = translator.translate(call, reply(403, Map.of("X-RateLimit-Remaining", List.of("4000"),
                "X-RateLimit-Limit", List.of("5000"), "X-RateLimit-Reset", List.of("1780443000")),
                "You have exceeded a secondary rate limit."));

        assertEquals("GitHub's secondary rate limit stopped the request for repository o/r (too many requests in a short "
                + "time). Try again after 22:31:00 UTC.", e.userMessage());
    }

    @Test
    void anOtherwiseUnexplainedForbiddenQuotesGitHub() {
        FailureTranslator translator = new FailureTranslator(CLOCK, TokenKind.CLASSIC);
        ApiCall call = ApiCall.withBody("POST", DISPATCH, new byte[0], "workflow release.yml (ref main) in o/r");

        GitHubException e = translator.translate(call, reply(403, Map.of("X-OAuth-Scopes", List.of("repo, workflow"),
                "X-Accepted-OAuth-Scopes", List.of("")), "Must have admin rights to Repository."));

        assertEquals("GitHub refused access to workflow release.yml (ref main) in o/r (403: Must have admin rights to "
                + "Repository.). Check that the token's account may do this in the repository, and that the token has "
                + "access to it.", e.userMessage());
    }
}
