package dev.wheelhouse.github;

import dev.wheelhouse.testing.LoopbackProxy;
import dev.wheelhouse.testing.SandboxSession;
import dev.wheelhouse.testing.TestWorkflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client against the sandbox over real HTTP: what a connected session reads. */
class GitHubClientSandboxTest {

    static final String RELEASE = ".github/workflows/release.yml";

    private SandboxSession session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void testConnectionReportsTheLoginTokenKindScopesAndRateLimit() {
        session = SandboxSession.start();
        ConnectionReport report = session.client().testConnection();

        assertEquals("wheelhouse-dev", report.login());
        assertEquals(TokenKind.CLASSIC, report.tokenKind());
        assertEquals(List.of("gist", "read:org", "repo", "workflow"), report.scopes().orElseThrow());
        assertEquals(5000, report.rateLimit().limit());
        assertEquals(4999, report.rateLimit().remaining());
        assertTrue(report.complete());
        assertTrue(report.summary().startsWith("Connected as wheelhouse-dev with a classic personal access token"),
                report.summary());
    }

    @Test
    void testConnectionNamesTheWorkflowScopeBeforeThePushNeedsIt() {
        session = SandboxSession.start();
        String repoOnly = session.sandbox().issueToken(Set.of("repo"));

        ConnectionReport report = session.client(repoOnly).testConnection();

        assertEquals(List.of("workflow"), report.missing());
        assertTrue(report.summary().contains("Missing scope workflow: add it to the token"), report.summary());
    }

    @Test
    void rateLimitStateIsPublishedToListenersAfterEachAnswer() {
        session = SandboxSession.start();
        GitHubClient client = session.client();
        List<RateLimitState> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        client.rateLimit().subscribe(seen::add);

        client.repository(session.repo());
        client.workflows(session.repo());

        assertEquals(List.of(4999, 4998), seen.stream().map(RateLimitState::remaining).toList());
        assertEquals(SandboxSession.START.plusSeconds(3600), client.rateLimit().get().reset());
    }

    @Test
    void readsTheRepositoryBranchesTagsAndWorkflows() {
        session = SandboxSession.start(b -> b.workflow("ci.yml", TestWorkflows.PUSH_ONLY));
        GitHubClient client = session.client();

        RepositoryInfo repo = client.repository(session.repo());
        assertEquals("main", repo.defaultBranch());
        assertEquals(List.of("main"), client.branches(session.repo()));
        assertEquals(List.of("v0.9.0"), client.tags(session.repo()));
        List<WorkflowSummary> workflows = client.workflows(session.repo());
        assertEquals(List.of(".github/workflows/ci.yml", RELEASE), workflows.stream().map(WorkflowSummary::path).toList());
        assertEquals("Release", workflows.get(1).name());
        assertEquals("release.yml", workflows.get(1).fileName());
    }

    @Test
    void opensAWorkflowFromGitHubWithTheBytesAndBlobShaGitWouldGive() throws Exception {
        session = SandboxSession.start();
        byte[] expected;
        try (InputStream in = getClass().getResourceAsStream("/wheelhouse/samples/satkit/" + RELEASE)) {
            expected = in.readAllBytes();
        }

        RemoteFile file = session.client().readFile(session.repo(), RELEASE, "main");

        assertArrayEquals(expected, file.content());
        assertEquals(gitBlobSha(expected), file.blobSha());
        assertTrue(file.text().startsWith("name: Release\n"));
    }

    @Test
    void aSecondReadOfAnUnchangedFileIsA304ServedFromTheCache() {
        session = SandboxSession.start();
        GitHubClient client = session.client();

        RemoteFile first = client.readFile(session.repo(), RELEASE, "main");
        RemoteFile second = client.readFile(session.repo(), RELEASE, "main");

        assertEquals(first, second);
        assertEquals(1, client.activity().get().notModified());
        assertEquals(1, client.rateLimit().get().used(), "a 304 is not charged to the rate limit");
    }

    @Test
    void aChangedFileIsReadAgainDespiteTheCachedCopy() {
        session = SandboxSession.start();
        GitHubClient client = session.client();
        RemoteFile before = client.readFile(session.repo(), RELEASE, "main");

        client.writeFile(session.repo(), RELEASE, "main", (before.text() + "# more\n").getBytes(StandardCharsets.UTF_8),
                "Add a comment", before.blobSha());
        RemoteFile after = client.readFile(session.repo(), RELEASE, "main");

        assertTrue(after.text().endsWith("# more\n"));
        assertFalse(after.blobSha().equals(before.blobSha()));
    }

    @Test
    void createsABranchAtAnotherRefsCommit() {
        session = SandboxSession.start();
        GitHubClient client = session.client();
        String main = client.commitSha(session.repo(), "main");

        client.createBranch(session.repo(), "wheelhouse/release-20260602-2230", main);

        assertEquals(List.of("main", "wheelhouse/release-20260602-2230"), client.branches(session.repo()));
        assertEquals(main, client.commitSha(session.repo(), "wheelhouse/release-20260602-2230"));
    }

    @Test
    void dispatchWithRunDetailsAnswersWithTheRunIdAndItsPage() {
        session = SandboxSession.start();
        GitHubClient client = session.client();

        DispatchAnswer answer = client.dispatch(session.repo(), "release.yml", "main", Map.of(), true);

        long id = answer.runId().orElseThrow();
        assertEquals(session.sandbox().apiUrl() + "/wheelhouse-demo/satkit/actions/runs/" + id, answer.runHtmlUrl());
        assertEquals("workflow_dispatch", client.run(session.repo(), id).event());
    }

    @Test
    void aJobLogStreamsFromTheStorageHostAfterTheRedirect() throws IOException {
        session = SandboxSession.start();
        GitHubClient client = session.client();
        long run = client.dispatch(session.repo(), "release.yml", "main", Map.of(), true).runId().orElseThrow();
        session.clock().advance(java.time.Duration.ofHours(6));
        long job = client.jobs(session.repo(), run).stream().filter(j -> j.runnerName() != null)
                .findFirst().orElseThrow().id();

        String log;
        try (InputStream in = client.jobLog(session.repo(), job)) {
            log = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(log.contains("Current runner version"), log.substring(0, Math.min(400, log.length())));
    }

    @Test
    void aGenericGetFollowsNextPageLinksAndSaysWhenNothingChanged() {
        session = SandboxSession.start();
        GitHubClient client = session.client();
        for (int i = 0; i < 3; i++) {
            client.dispatch(session.repo(), "release.yml", "main", Map.of(), true);
        }
        com.fasterxml.jackson.core.type.TypeReference<dev.wheelhouse.github.model.WorkflowRunList> runs =
                new com.fasterxml.jackson.core.type.TypeReference<>() { };

        Fetched<dev.wheelhouse.github.model.WorkflowRunList> first = client.getJson(
                "/repos/wheelhouse-demo/satkit/actions/runs?per_page=2", runs, "runs");
        Fetched<dev.wheelhouse.github.model.WorkflowRunList> second = client.getJson(first.nextPage().orElseThrow(), runs, "runs");
        Fetched<dev.wheelhouse.github.model.WorkflowRunList> again = client.getJson(
                "/repos/wheelhouse-demo/satkit/actions/runs?per_page=2", runs, "runs");

        assertEquals(2, first.value().workflowRuns().size());
        assertEquals(1, second.value().workflowRuns().size());
        assertEquals(java.util.Optional.empty(), second.nextPage());
        assertFalse(first.unchanged());
        assertTrue(again.unchanged());
    }

    @Test
    void anEnterpriseApiRootUnderApiV3ServesBothKindsOfCall() {
        session = SandboxSession.start();
        GitHubClient client = GitHubClient.connect(new ApiEndpoint(java.net.URI.create(session.sandbox().apiUrl() + "/api/v3")),
                GitHubToken.of(session.sandbox().token()), session.options());

        assertEquals(List.of(RELEASE), client.workflows(session.repo()).stream().map(WorkflowSummary::path).toList());
        assertEquals("main", client.repository(session.repo()).defaultBranch());
        assertTrue(client.readFile(session.repo(), RELEASE, "main").text().startsWith("name: Release"));
        DispatchAnswer answer = client.dispatch(session.repo(), "release.yml", "main", Map.of(), true);
        assertEquals(session.sandbox().apiUrl() + "/wheelhouse-demo/satkit/actions/runs/" + answer.runId().orElseThrow(),
                answer.runHtmlUrl());
    }

    @Test
    void environmentsAreListedByNameWhateverTheirCase() {
        session = SandboxSession.start();

        assertEquals(List.of("crates-io", "PyPiPublish"), session.client().environments(session.repo()));
    }

    @Test
    void tagsAreReadFromEveryPage() {
        session = SandboxSession.start();
        GitHubClient client = session.client();
        String main = client.commitSha(session.repo(), "main");
        for (int i = 0; i < 100; i++) {
            client.send("POST", session.repo().apiPath() + "/git/refs",
                    Map.of("ref", "refs/tags/v1." + i + ".0", "sha", main), "tag v1." + i + ".0");
        }

        List<String> tags = client.tags(session.repo());

        assertEquals(101, tags.size());
        assertEquals(List.of("v0.9.0", "v1.0.0", "v1.1.0"), tags.subList(0, 3));
        assertEquals(2L, session.sandbox().stats().routes().get("GET /repos/{owner}/{repo}/tags"), "two pages of 100");
    }

    static String gitBlobSha(byte[] content) throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha1.digest(content));
    }
}
