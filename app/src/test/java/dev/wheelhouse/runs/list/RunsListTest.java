package dev.wheelhouse.runs.list;

import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.testing.SandboxRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunsListTest {

    @TempDir
    Path cacheDir;

    private SandboxRuns runs;
    private long onMainFinished;
    private long onMainRunning;
    private long onBranch;

    @BeforeEach
    void threeRuns() {
        runs = new SandboxRuns(cacheDir);
        onMainFinished = runs.dispatchRelease();
        runs.time.advance(Duration.ofHours(1));
        runs.client.createBranch(runs.repo, "wheel-fix", runs.client.commitSha(runs.repo, "main"));
        onBranch = runs.client.dispatch(runs.repo, "release.yml", "wheel-fix", Map.of(), true).runId().orElseThrow();
        runs.time.advance(Duration.ofSeconds(10));
        onMainRunning = runs.dispatchRelease();
    }

    @AfterEach
    void stop() {
        runs.close();
    }

    private List<Long> ids(RunsPage page) {
        return page.runs().stream().map(RunInfo::id).toList();
    }

    @Test
    void theListIsNewestFirstWithWhatTheTableShows() {
        RunsPage page = runs.monitor.runs().page(runs.repo, "release.yml", RunsFilter.any(), 1);

        assertEquals(List.of(onMainRunning, onBranch, onMainFinished), ids(page));
        RunInfo newest = page.runs().get(0);
        assertEquals("main", newest.branch());
        assertEquals("workflow_dispatch", newest.event());
        assertEquals(1, newest.attempt());
        assertFalse(newest.completed());
        RunInfo oldest = page.runs().get(2);
        assertTrue(oldest.succeeded());
        assertTrue(oldest.elapsed(runs.time.now()).compareTo(Duration.ofMinutes(30)) < 0, "ends at its last update");
        assertEquals(3, page.totalCount());
    }

    @Test
    void filtersByBranchStatusAndEvent() {
        assertEquals(List.of(onBranch), ids(runs.monitor.runs().page(runs.repo, "release.yml",
                RunsFilter.any().branch("wheel-fix"), 1)));
        assertEquals(List.of(onMainFinished), ids(runs.monitor.runs().page(runs.repo, "release.yml",
                RunsFilter.any().branch("main").status("completed"), 1)));
        assertEquals(List.of(), ids(runs.monitor.runs().page(runs.repo, "release.yml",
                RunsFilter.any().event("push"), 1)));
        assertEquals(3, runs.monitor.runs().page(runs.repo, "release.yml",
                RunsFilter.any().event("workflow_dispatch").branch(" "), 1).runs().size(), "a blank filter is none");
    }

    @Test
    void pagesThroughTheRuns() {
        RunsPage first = runs.monitor.runs().page(runs.repo, "release.yml", RunsFilter.any(), 1, 2);
        RunsPage second = runs.monitor.runs().page(runs.repo, "release.yml", RunsFilter.any(), 2, 2);

        assertEquals(List.of(onMainRunning, onBranch), ids(first));
        assertTrue(first.hasNext());
        assertFalse(first.hasPrevious());
        assertEquals(List.of(onMainFinished), ids(second));
        assertFalse(second.hasNext());
        assertTrue(second.hasPrevious());
    }
}
