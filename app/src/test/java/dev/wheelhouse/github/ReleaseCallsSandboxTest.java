package dev.wheelhouse.github;

import dev.wheelhouse.github.model.Artifact;
import dev.wheelhouse.github.model.DeploymentEnvironment;
import dev.wheelhouse.github.model.PendingDeployment;
import dev.wheelhouse.sandbox.release.ReleaseFaultRule;
import dev.wheelhouse.testing.SandboxSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The release calls against the sandbox over real HTTP: artifacts, their downloads, reviews, environments. */
class ReleaseCallsSandboxTest {

    @TempDir
    Path folder;
    private SandboxSession session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private long releaseRun(SandboxSession s) {
        long run = s.client().dispatch(s.repo(), "release.yml", "v0.9.0", Map.of(), true).runId().orElseThrow();
        s.clock().advance(Duration.ofMinutes(40));
        return run;
    }

    @Test
    void listsEveryPageOfARunsArtifactsAndTheRepositorysByName() {
        session = SandboxSession.start();
        ReleaseCalls calls = session.client().release();
        long run = releaseRun(session);
        List<Artifact> all = calls.runArtifacts(session.repo(), run, Optional.empty());
        assertEquals(20, all.size());
        assertTrue(all.stream().allMatch(a -> a.digest().startsWith("sha256:") && a.workflowRun().id() == run));
        List<Artifact> named = calls.repositoryArtifacts(session.repo(), Optional.of("cibw-wheels-macos-latest-cp312"));
        assertEquals(1, named.size());
        assertEquals(named.get(0), calls.artifact(session.repo(), named.get(0).id()));
    }

    @Test
    void downloadsToATemporaryFileWithProgressAndChecksTheDigest() throws Exception {
        session = SandboxSession.start();
        ReleaseCalls calls = session.client().release();
        Artifact artifact = calls.runArtifacts(session.repo(), releaseRun(session), Optional.empty()).get(0);
        List<long[]> progress = new ArrayList<>();
        DownloadedArtifact zip = calls.download(session.repo(), artifact, folder, new TransferListener() {
            @Override
            public void progress(long bytes, long total) {
                progress.add(new long[]{bytes, total});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertTrue(zip.verified());
        assertEquals(artifact.sizeInBytes(), Files.size(zip.file()));
        assertEquals(artifact.sha256().orElseThrow(),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip.file()))));
        assertEquals(artifact.sizeInBytes(), progress.get(progress.size() - 1)[0]);
        assertEquals(artifact.sizeInBytes(), progress.get(0)[1]);
    }

    @Test
    void bytesThatDoNotMatchTheDigestAreRefusedAndNothingIsKept() throws Exception {
        session = SandboxSession.start();
        ReleaseCalls calls = session.client().release();
        Artifact real = calls.runArtifacts(session.repo(), releaseRun(session), Optional.empty()).get(0);
        Artifact claimed = new Artifact(real.id(), real.nodeId(), real.name(), real.sizeInBytes(), real.url(),
                real.archiveDownloadUrl(), false, real.createdAt(), real.updatedAt(), real.expiresAt(),
                "sha256:" + "0".repeat(64), real.workflowRun());
        GitHubException e = assertThrows(GitHubException.class,
                () -> calls.download(session.repo(), claimed, folder, TransferListener.NONE));
        assertTrue(e.userMessage().contains("does not match its digest"), e.userMessage());
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aCancelledDownloadStopsAndLeavesNothing() throws Exception {
        session = SandboxSession.start(c -> c.wheelBytes(3 << 20));
        ReleaseCalls calls = session.client().release();
        Artifact artifact = calls.runArtifacts(session.repo(), releaseRun(session), Optional.empty()).get(0);
        AtomicLong seen = new AtomicLong();
        GitHubException e = assertThrows(GitHubException.class, () -> calls.download(session.repo(), artifact, folder,
                new TransferListener() {
                    @Override
                    public void progress(long bytes, long total) {
                        seen.set(bytes);
                    }

                    @Override
                    public boolean cancelled() {
                        return seen.get() > 0;
                    }
                }));
        assertEquals(GitHubException.Kind.CANCELLED, e.kind());
        assertTrue(seen.get() < artifact.sizeInBytes());
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anExpiredArtifactIsGone() {
        session = SandboxSession.start(c -> c.releaseFaults(List.of(ReleaseFaultRule.parse("build wheels (windows-latest cp312)=expired"))));
        ReleaseCalls calls = session.client().release();
        Artifact expired = calls.runArtifacts(session.repo(), releaseRun(session), Optional.of("cibw-wheels-windows-latest-cp312")).get(0);
        assertTrue(expired.expired());
        GitHubException e = assertThrows(GitHubException.class, () -> calls.download(session.repo(), expired, folder,
                TransferListener.NONE));
        assertEquals(410, e.status());
        assertTrue(e.userMessage().contains("has expired"), e.userMessage());
    }

    @Test
    void deletesAnArtifactAndAGoneOneCountsAsDeleted() {
        session = SandboxSession.start();
        ReleaseCalls calls = session.client().release();
        long run = releaseRun(session);
        Artifact first = calls.runArtifacts(session.repo(), run, Optional.empty()).get(0);
        calls.deleteArtifact(session.repo(), first.id());
        calls.deleteArtifact(session.repo(), first.id());
        assertEquals(19, calls.runArtifacts(session.repo(), run, Optional.empty()).size());
    }

    @Test
    void reviewsTheWaitingDeploymentAndReadsTheHistory() {
        session = SandboxSession.start();
        ReleaseCalls calls = session.client().release();
        long run = releaseRun(session);
        List<PendingDeployment> pending = calls.pendingDeployments(session.repo(), run);
        assertEquals("PyPiPublish", pending.get(0).environment().name());
        assertTrue(pending.get(0).currentUserCanApprove());
        assertEquals("PyPiPublish", calls.review(session.repo(), run, List.of(pending.get(0).environment().id()), true,
                "25 wheels and the sdist checked").get(0).environment());
        assertEquals("approved", calls.approvals(session.repo(), run).get(0).state());
        assertEquals(List.of(), calls.pendingDeployments(session.repo(), run));
    }

    @Test
    void aReviewerWhoMayNotReviewGetsGitHubsRefusalVerbatim() {
        session = SandboxSession.start();
        long run = releaseRun(session);
        GitHubClient stranger = session.client(session.sandbox().issueToken("octo-helper", Set.of("repo")));
        long env = stranger.release().pendingDeployments(session.repo(), run).get(0).environment().id();
        GitHubException.Refused e = assertThrows(GitHubException.Refused.class,
                () -> stranger.release().review(session.repo(), run, List.of(env), true, "ship it"));
        assertEquals("No pending deployment requests to approve or reject", e.gitHubMessage());
        assertFalse(session.client().release().pendingDeployments(session.repo(), run).isEmpty());
    }

    @Test
    void environmentsCarryTheirProtectionRules() {
        session = SandboxSession.start();
        DeploymentEnvironment pypi = session.client().release().environment(session.repo(), "PyPiPublish");
        assertEquals(List.of("branch_policy", "required_reviewers", "wait_timer"),
                pypi.protectionRules().stream().map(DeploymentEnvironment.ProtectionRule::type).toList());
        assertEquals(2, session.client().release().environments(session.repo()).size());
    }
}
