package dev.wheelhouse.sandbox;

import dev.wheelhouse.testing.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GHWorkflow;
import org.kohsuke.github.GHWorkflowJob;
import org.kohsuke.github.GHWorkflowRun;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A GitHub client nobody here wrote, {@code org.kohsuke:github-api}, pointed at the sandbox. */
class GitHubApiClientTest {

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

    @Test
    void listsWorkflowsRunsAndJobsAndDownloadsAJobLog() throws Exception {
        GHRepository repository = github.getRepository(sandbox.repo());
        assertEquals("main", repository.getDefaultBranch());
        List<GHWorkflow> workflows = repository.listWorkflows().toList();
        assertEquals(1, workflows.size());
        GHWorkflow release = workflows.get(0);
        assertEquals("Release", release.getName());
        release.dispatch("main");
        clock.advance(Duration.ofMinutes(30));

        List<GHWorkflowRun> runs = release.listRuns().toList();
        assertEquals(1, runs.size());
        GHWorkflowRun run = runs.get(0);
        assertEquals(GHWorkflowRun.Status.COMPLETED, run.getStatus());
        assertEquals(GHWorkflowRun.Conclusion.SUCCESS, run.getConclusion());
        List<GHWorkflowJob> jobs = run.listJobs().toList();
        assertEquals(24, jobs.size());
        GHWorkflowJob mac = jobs.stream().filter(j -> j.getName().equals("build wheels (macos-latest cp313)"))
                .findFirst().orElseThrow();
        assertTrue(mac.getSteps().size() >= 8);
        String log = mac.downloadLogs(GitHubApiClientTest::text);
        assertTrue(log.contains("Complete job name: build wheels (macos-latest cp313)"));
        assertTrue(log.contains("##[notice]"));
    }

    @Test
    void pagesThroughRunsByFollowingTheLinkHeaders() throws Exception {
        GHWorkflow release = github.getRepository(sandbox.repo()).getWorkflow("release.yml");
        for (int i = 0; i < 5; i++) {
            release.dispatch("main");
        }
        assertEquals(5, github.getRepository(sandbox.repo()).queryWorkflowRuns().list().withPageSize(2).toList().size());
    }

    private static String text(InputStream in) throws java.io.IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
