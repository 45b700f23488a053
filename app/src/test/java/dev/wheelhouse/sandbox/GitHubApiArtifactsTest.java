package dev.wheelhouse.sandbox;

import dev.wheelhouse.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kohsuke.github.GHArtifact;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHWorkflowRun;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code org.kohsuke:github-api}, a client nobody here wrote, lists a release run's artifacts on the sandbox, follows
 * the download's redirect to the blob host (which refuses a token) and deletes one.
 */
class GitHubApiArtifactsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-02T22:30:00Z"));
    private Sandbox sandbox;
    private GitHub github;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.builder().clock(clock).build());
        github = new GitHubBuilder().withEndpoint(sandbox.apiUrl()).withOAuthToken(sandbox.token()).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private GHWorkflowRun release() throws Exception {
        github.getRepository(sandbox.repo()).getWorkflow("release.yml").dispatch("v0.9.0");
        clock.advance(Duration.ofMinutes(40));
        return github.getRepository(sandbox.repo()).getWorkflow("release.yml").listRuns().toList().get(0);
    }

    @Test
    void listsAndDownloadsTheArtifactsOfARelease() throws Exception {
        List<GHArtifact> artifacts = release().listArtifacts().withPageSize(7).toList();
        assertEquals(20, artifacts.size());
        assertTrue(artifacts.stream().allMatch(a -> a.getName().startsWith("cibw-wheels-") && !a.isExpired()));
        GHArtifact sdistJob = artifacts.stream().filter(a -> a.getName().equals("cibw-wheels-ubuntu-latest-cp313"))
                .findFirst().orElseThrow();
        List<String> names = sdistJob.download(in -> {
            List<String> out = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    out.add(e.getName());
                }
            }
            return out;
        });
        assertEquals(2, names.size(), names::toString);
        assertTrue(names.contains("satkit-0.9.0.tar.gz"), names::toString);
        assertTrue(names.stream().anyMatch(n -> n.matches("satkit-0\\.9\\.0-cp313-cp313-manylinux_.*x86_64.*\\.whl")),
                names::toString);
        assertEquals(sdistJob.getSizeInBytes(), (long) sdistJob.download(in -> in.readAllBytes().length));
    }

    @Test
    void deletesAnArtifact() throws Exception {
        GHWorkflowRun run = release();
        GHArtifact first = run.listArtifacts().toList().get(0);
        first.delete();
        assertEquals(19, run.listArtifacts().toList().size());
        assertThrows(GHFileNotFoundException.class, () -> github.getRepository(sandbox.repo()).getArtifact(first.getId()));
    }
}
