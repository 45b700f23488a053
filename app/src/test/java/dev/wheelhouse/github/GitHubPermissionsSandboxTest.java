package dev.wheelhouse.github;

import dev.wheelhouse.testing.SandboxSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fine-grained and GitHub App tokens against the sandbox, which answers them as GitHub does
 * (permissions in {@code X-Accepted-GitHub-Permissions}, no scopes): the user is told which
 * permission to grant, and where.
 */
class GitHubPermissionsSandboxTest {

    private static final String RELEASE = ".github/workflows/release.yml";
    private static final String FINE_GRAINED_FIX = "Edit the fine-grained token on GitHub (Settings → Developer settings → "
            + "Fine-grained tokens) and grant it, for this repository.";

    private SandboxSession session;

    @AfterEach
    void stop() {
        session.close();
    }

    private GitHubClient fineGrained(Map<String, String> permissions) {
        return session.client(session.sandbox().issueFineGrainedToken("wheelhouse-dev", permissions));
    }

    @Test
    void aFineGrainedTokenIsReportedWithNoScopesAndThePermissionsToConfirm() {
        session = SandboxSession.start();

        ConnectionReport report = fineGrained(Map.of("actions", "write")).testConnection();

        assertEquals("wheelhouse-dev", report.login());
        assertEquals(TokenKind.FINE_GRAINED, report.tokenKind());
        assertEquals(Optional.empty(), report.scopes());
        assertEquals(List.of(), report.missing());
        assertEquals(ConnectionReport.NEEDED_PERMISSIONS, report.toConfirm());
    }

    @Test
    void aDispatchWithoutActionsWriteNamesThePermission() {
        session = SandboxSession.start();
        GitHubClient client = fineGrained(Map.of("actions", "read", "contents", "write"));

        GitHubException e = assertThrows(GitHubException.class,
                () -> client.dispatch(session.repo(), "release.yml", "main", Map.of(), true));

        GitHubException.MissingPermission missing = assertInstanceOf(GitHubException.MissingPermission.class, e);
        assertEquals(List.of("Actions: write"), missing.missing());
        assertEquals("GitHub refused access to workflow release.yml (ref main) in wheelhouse-demo/satkit (403): the "
                + "token lacks the permission 'Actions: write'. " + FINE_GRAINED_FIX, e.userMessage());
    }

    @Test
    void readingRunsWithoutActionsReadNamesThePermission() {
        session = SandboxSession.start();
        GitHubClient client = fineGrained(Map.of("contents", "write"));

        GitHubException.MissingPermission e = assertThrows(GitHubException.MissingPermission.class,
                () -> client.runs(session.repo(), RunFilter.any()));

        assertEquals(List.of("Actions: read"), e.missing());
    }

    @Test
    void aWorkflowFileWriteWithoutWorkflowsNamesThePermissionBehindThe404() {
        session = SandboxSession.start();
        GitHubClient client = fineGrained(Map.of("contents", "write", "actions", "write"));
        RemoteFile file = client.readFile(session.repo(), RELEASE, "main");

        GitHubException e = assertThrows(GitHubException.class, () -> client.writeFile(session.repo(), RELEASE, "main",
                "name: x\n".getBytes(StandardCharsets.UTF_8), "edit", file.blobSha()));

        assertEquals(List.of("Workflows: write"), assertInstanceOf(GitHubException.MissingPermission.class, e).missing());
        assertEquals("GitHub refused to write file .github/workflows/release.yml on branch main in "
                + "wheelhouse-demo/satkit (it answers 404 Not Found when a token lacks a permission for the write): "
                + "the token lacks the permission 'Workflows: write'. " + FINE_GRAINED_FIX, e.userMessage());
    }

    @Test
    void aGitHubAppWithoutContentsWriteIsToldToGrantItOnTheApp() {
        session = SandboxSession.start();
        GitHubClient client = session.client(session.sandbox().issueAppToken("wheelhouse-dev",
                Map.of("actions", "write", "contents", "read")));
        String main = client.commitSha(session.repo(), "main");

        GitHubException e = assertThrows(GitHubException.class, () -> client.createBranch(session.repo(), "topic", main));

        assertEquals(List.of("Contents: write"), assertInstanceOf(GitHubException.MissingPermission.class, e).missing());
        assertTrue(e.userMessage().startsWith("GitHub refused access to new branch topic in wheelhouse-demo/satkit "
                + "(403): the token lacks the permission 'Contents: write'."), e.userMessage());
        assertTrue(e.userMessage().endsWith("Grant it to the GitHub App and accept the new permissions on the "
                + "installation."), e.userMessage());
    }

    @Test
    void aTokenWithTheNeededPermissionsDoesTheWholeLoop() {
        session = SandboxSession.start();
        GitHubClient client = fineGrained(Map.of("actions", "write", "contents", "write", "workflows", "write"));
        RemoteFile file = client.readFile(session.repo(), RELEASE, "main");
        client.createBranch(session.repo(), "wheel-edit", client.commitSha(session.repo(), "main"));

        client.writeFile(session.repo(), RELEASE, "wheel-edit", file.content(), "same bytes, new commit", file.blobSha());
        DispatchAnswer answer = client.dispatch(session.repo(), "release.yml", "wheel-edit", Map.of(), true);

        assertEquals("wheel-edit", client.run(session.repo(), answer.runId().orElseThrow()).headBranch());
    }
}
