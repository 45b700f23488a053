package dev.wheelhouse.testing;

import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.runs.model.StepSnapshot;
import java.time.Instant;
import java.util.List;

/** Job snapshots for tests that need no server. */
public final class Jobs {

    public static final Instant T0 = Instant.parse("2026-06-02T09:00:00Z");

    private Jobs() {
    }

    public static JobSnapshot queued(long id, String name) {
        return new JobSnapshot(id, 1, name, "queued", null, T0, null, null, List.of("ubuntu-latest"), List.of(),
                "https://github.com/o/r/actions/runs/1/job/" + id, id);
    }

    public static JobSnapshot running(long id, String name) {
        return new JobSnapshot(id, 1, name, "in_progress", null, T0, null, "GitHub Actions 1", List.of("ubuntu-latest"),
                List.of(new StepSnapshot(1, "Set up job", "in_progress", null, T0, null)),
                "https://github.com/o/r/actions/runs/1/job/" + id, id);
    }

    public static JobSnapshot completed(long id, String name, String conclusion) {
        return new JobSnapshot(id, 1, name, "completed", conclusion, T0, T0.plusSeconds(60), "GitHub Actions 1",
                List.of("ubuntu-latest"), List.of(new StepSnapshot(1, "Set up job", "completed", conclusion, T0,
                T0.plusSeconds(60))), "https://github.com/o/r/actions/runs/1/job/" + id, id);
    }

    public static RunInfo run(String status, String conclusion) {
        return new RunInfo(1, 1, 7, "Release", ".github/workflows/release.yml", "Release", status, conclusion, "main",
                "workflow_dispatch", "octocat", T0, T0, T0.plusSeconds(751), "https://github.com/o/r/actions/runs/1",
                "9b5be62c0ffee");
    }
}
