package dev.wheelhouse.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The process {@code HistoryCrashTest} kills: writes runs of {@link #JOBS_PER_RUN} jobs with cache
 * figures as fast as it can, each run one transaction, printing {@code starting N} before a run's
 * transaction and {@code committed N} after its commit returns.
 */
public final class HistoryWriterMain {

    static final int JOBS_PER_RUN = 400;
    /**
     * Padding in each job's matrix JSON: 400 jobs × 8 KiB outgrow SQLite's default 2 MB page
     * cache, so a run's transaction spills uncommitted pages into the WAL before it commits.
     */
    private static final String PADDING = "x".repeat(8 * 1024);

    private HistoryWriterMain() {
    }

    /** Arguments: the database file and the first run id to write. */
    public static void main(String[] args) {
        try (HistoryStore store = HistoryStore.open(Path.of(args[0]))) {
            for (long run = Long.parseLong(args[1]); ; run++) {
                System.out.println("starting " + run);
                System.out.flush();
                store.saveRun(run(run), jobs(run), stats(run));
                System.out.println("committed " + run);
                System.out.flush();
            }
        }
    }

    static RunRecord run(long run) {
        Instant created = Instant.parse("2024-03-01T00:00:00Z").plusSeconds(run * 60);
        return new RunRecord("satkit/satkit", ".github/workflows/release.yml", run, 1, "main", "sha" + run,
                "workflow_dispatch", "completed", "success", created, created, created.plusSeconds(600),
                "https://github.com/satkit/satkit/actions/runs/" + run);
    }

    static List<JobRecord> jobs(long run) {
        List<JobRecord> jobs = new ArrayList<>();
        for (int j = 0; j < JOBS_PER_RUN; j++) {
            Instant start = Instant.parse("2024-03-01T00:00:00Z").plusSeconds(run * 60);
            jobs.add(new JobRecord(run, 1, run * 100_000 + j, "build (" + j + ")", "{\"python\":\"3." + (8 + j % 5) + "\",\"pad\":\"" + PADDING + "\"}",
                    "completed", "success", start, start.plusSeconds(100 + j), j % 2 == 0 ? "Linux" : "macOS"));
        }
        return jobs;
    }

    static List<JobCacheStatsRecord> stats(long run) {
        List<JobCacheStatsRecord> stats = new ArrayList<>();
        for (int j = 0; j < JOBS_PER_RUN; j++) {
            stats.add(new JobCacheStatsRecord(run * 100_000 + j, 100L, 90L, 10L, 0L, "github-actions", "0.10.0",
                    List.of(), Map.of("Rust", new LanguageCounts(90L, 10L, 0L)), Instant.EPOCH));
        }
        return stats;
    }
}
