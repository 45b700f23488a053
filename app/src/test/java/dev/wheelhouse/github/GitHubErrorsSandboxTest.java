package dev.wheelhouse.github;

import dev.wheelhouse.testing.SandboxSession;
import dev.wheelhouse.testing.TestWorkflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each refusal GitHub gives reaches the user as one line that says what happened and what to do. */
class GitHubErrorsSandboxTest {

    static final String RELEASE = ".github/workflows/release.yml";

    private SandboxSession session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aWrongTokenIsNamedAsWrongExpiredOrRevoked() {
        session = SandboxSession.start();
        GitHubClient client = session.client("ghp_" + "A".repeat(36));

        GitHubException e = assertThrows(GitHubException.class, client::testConnection);

        assertEquals(GitHubException.Kind.BAD_CREDENTIALS, e.kind());
        assertEquals("GitHub rejected the token (401 Bad credentials): it is wrong, expired or revoked. Create a new "
                + "token and enter it in Settings, or fix the environment variable that holds it.", e.userMessage());
    }

    @Test
    void anInvisibleRepositoryIsExplainedAsMissingOrHiddenFromTheToken() {
        session = SandboxSession.start();

        GitHubException e = assertThrows(GitHubException.class,
                () -> session.client().repository(RepositoryRef.parse("wheelhouse-demo/private-thing")));

        assertEquals(GitHubException.Kind.NOT_FOUND, e.kind());
        assertEquals("GitHub found no repository wheelhouse-demo/private-thing (404): it does not exist, or this "
                + "token cannot see it (GitHub answers 404 for private repositories a token has no access to). "
                + "Check the name and the token's repository access.", e.userMessage());
    }

    @Test
    void anUnknownWorkflowIsNotFoundForTheDispatch() {
        session = SandboxSession.start();

        GitHubException e = assertThrows(GitHubException.class,
                () -> session.client().dispatch(session.repo(), "nightly.yml", "main", Map.of(), true));

        assertEquals(GitHubException.Kind.NOT_FOUND, e.kind());
        assertEquals(true, e.userMessage().startsWith("GitHub found no workflow nightly.yml (ref main) in "
                + "wheelhouse-demo/satkit (404)"), e.userMessage());
    }

    @Test
    void aWorkflowWithoutTheDispatchTriggerSaysWhereToAddIt() {
        session = SandboxSession.start(b -> b.workflow("ci.yml", TestWorkflows.PUSH_ONLY));

        GitHubException e = assertThrows(GitHubException.class,
                () -> session.client().dispatch(session.repo(), "ci.yml", "main", Map.of(), true));

        assertEquals(GitHubException.Kind.REFUSED, e.kind());
        assertEquals("GitHub refused the request for workflow ci.yml (ref main) in wheelhouse-demo/satkit (422): "
                + "Workflow does not have 'workflow_dispatch' trigger. The workflow file on that ref has no "
                + "'workflow_dispatch:' under 'on:'; add it there, or pick a ref where the workflow has it.", e.userMessage());
    }

    @Test
    void unexpectedAndMissingInputsQuoteGitHub() {
        session = SandboxSession.start(b -> b.workflow("inputs.yml", TestWorkflows.WITH_INPUTS));
        GitHubClient client = session.client();

        GitHubException unexpected = assertThrows(GitHubException.class,
                () -> client.dispatch(session.repo(), "inputs.yml", "main", Map.of("level", "low", "colour", "red"), true));
        GitHubException missing = assertThrows(GitHubException.class,
                () -> client.dispatch(session.repo(), "inputs.yml", "main", Map.of(), true));

        assertEquals("GitHub refused the request for workflow inputs.yml (ref main) in wheelhouse-demo/satkit (422): "
                + "Unexpected inputs provided: [\"colour\"]. Remove those inputs, or declare them under "
                + "on.workflow_dispatch.inputs on that ref.", unexpected.userMessage());
        assertEquals("GitHub refused the request for workflow inputs.yml (ref main) in wheelhouse-demo/satkit (422): "
                + "Required input 'level' not provided. Give a value for it.", missing.userMessage());
    }

    @Test
    void aWorkflowFileWriteWithoutTheWorkflowScopeNamesTheScope() {
        session = SandboxSession.start();
        GitHubClient client = session.client(session.sandbox().issueToken(Set.of("repo")));
        RemoteFile file = client.readFile(session.repo(), RELEASE, "main");

        GitHubException e = assertThrows(GitHubException.class, () -> client.writeFile(session.repo(), RELEASE, "main",
                "name: x\n".getBytes(StandardCharsets.UTF_8), "edit", file.blobSha()));

        GitHubException.MissingPermission missing = assertInstanceOf(GitHubException.MissingPermission.class, e);
        assertEquals(List.of("workflow"), missing.missing());
        assertEquals("GitHub refused to write file .github/workflows/release.yml on branch main in "
                + "wheelhouse-demo/satkit (it answers 404 Not Found when a token lacks a scope for the write): the "
                + "token lacks the scope 'workflow'. Edit the token on GitHub (Settings → Developer settings → "
                + "Tokens (classic)) and tick it, or run: gh auth refresh --scopes workflow", e.userMessage());
    }

    @Test
    void aBranchWithoutTheRepoScopeNamesTheRepoScope() {
        session = SandboxSession.start();
        GitHubClient client = session.client(session.sandbox().issueToken(Set.of("read:org")));
        String main = client.commitSha(session.repo(), "main");

        GitHubException.MissingPermission e = assertThrows(GitHubException.MissingPermission.class,
                () -> client.createBranch(session.repo(), "topic", main));

        assertEquals(List.of("repo"), e.missing());
    }

    @Test
    void aStaleBlobShaIsAConflictThatSaysToLoadAgain() {
        session = SandboxSession.start();

        GitHubException e = assertThrows(GitHubException.class, () -> session.client().writeFile(session.repo(),
                RELEASE, "main", "x".getBytes(StandardCharsets.UTF_8), "edit", "0".repeat(40)));

        assertEquals(GitHubException.Kind.CONFLICT, e.kind());
        assertEquals("File .github/workflows/release.yml on branch main in wheelhouse-demo/satkit changed on GitHub "
                + "since it was loaded (409 Conflict: .github/workflows/release.yml does not match "
                + "0000000000000000000000000000000000000000). Load it again and re-apply the change.", e.userMessage());
    }

    @Test
    void aSpentRateLimitSaysWhenItResets() {
        session = SandboxSession.start(b -> b.rateLimit(2));
        GitHubClient client = session.client();
        client.readFile(session.repo(), RELEASE, "main");
        client.tags(session.repo());

        GitHubException e = assertThrows(GitHubException.class, () -> client.branches(session.repo()));

        GitHubException.RateLimited limited = assertInstanceOf(GitHubException.RateLimited.class, e);
        assertEquals(SandboxSession.START.plusSeconds(3600), limited.resetAt().orElseThrow());
        assertEquals("GitHub's API rate limit for this token is used up (0 of 2 requests left); it resets at "
                + "23:30:00 UTC. Wait until then, or use another token.", e.userMessage());
    }

    @Test
    void a429RateLimitIsRecognisedToo() {
        session = SandboxSession.start(b -> b.rateLimit(1).rateLimitStatus(429));
        GitHubClient client = session.client();
        client.readFile(session.repo(), RELEASE, "main");

        GitHubException e = assertThrows(GitHubException.class, () -> client.tags(session.repo()));

        assertEquals(GitHubException.Kind.RATE_LIMITED, e.kind());
        assertEquals(429, e.status());
    }
}
