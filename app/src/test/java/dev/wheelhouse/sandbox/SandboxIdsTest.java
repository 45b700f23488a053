package dev.wheelhouse.sandbox;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.model.Job;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 5: every app session started a sandbox whose first run had the same run and job
 * ids, so each session overwrote the history of the one before. Ids now start from the clock.
 */
class SandboxIdsTest {

    private record Ids(long run, List<Long> jobs) {
    }

    private static Ids firstRun(Instant start) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().speed(1000)
                .clock(Clock.fixed(start, ZoneOffset.UTC)).build())) {
            GitHubClient client = GitHubClient.connect(ApiEndpoint.parse(sandbox.apiUrl()), GitHubToken.of(sandbox.token()),
                    ClientOptions.defaults().withClock(Clock.fixed(start, ZoneOffset.UTC)));
            RepositoryRef repo = RepositoryRef.parse(sandbox.repo());
            long run = client.dispatch(repo, "release.yml", "main", Map.of(), true).runId().orElseThrow();
            return new Ids(run, client.jobs(repo, run).stream().map(Job::id).toList());
        }
    }

    @Test
    void sessionsAMinuteApartNeverShareARunOrJobId() throws Exception {
        Instant t = Instant.parse("2026-06-02T09:00:00Z");
        Ids first = firstRun(t);
        Ids second = firstRun(t.plusSeconds(60));

        assertTrue(second.run() > first.run(), first + " then " + second);
        Set<Long> jobs = new HashSet<>(first.jobs());
        List<Long> shared = new ArrayList<>(second.jobs());
        shared.retainAll(jobs);
        assertTrue(!first.jobs().isEmpty() && shared.isEmpty(), "job ids used by both sessions: " + shared);
        assertTrue(second.jobs().stream().allMatch(id -> id > first.jobs().stream().mapToLong(Long::longValue).max().orElseThrow()));
    }
}
