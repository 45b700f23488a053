package dev.wheelhouse.history;

import dev.wheelhouse.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Killing the app mid-write loses nothing committed and never corrupts the file. */
class HistoryCrashTest {

    private static final String REPO = "satkit/satkit";
    private static final String WORKFLOW = ".github/workflows/release.yml";
    /** Runs a writer completes before the kill hits the transaction of the next one. */
    private static final int RUNS_BEFORE_KILL = 1;
    private static final int KILLS = 2;

    @Test
    void aWriterKilledMidTransactionLeavesASoundFileWithEveryCommittedRunWhole(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("history.db");
        long nextRun = 1;
        for (int kill = 1; kill <= KILLS; kill++) {
            long announced = killWriterDuringRun(db, nextRun, nextRun + RUNS_BEFORE_KILL);
            try (HistoryStore store = HistoryStore.open(db)) {
                assertEquals("ok", store.integrityCheck(), "after kill " + kill);
                List<RunRecord> runs = store.runs(REPO, WORKFLOW, Integer.MAX_VALUE);
                assertTrue(runs.size() >= announced, runs.size() + " runs stored, " + announced + " announced");
                // Every stored run is whole: the killed transaction left all of itself or nothing.
                for (long run = 1; run <= runs.size(); run++) {
                    assertTrue(store.run(run, 1).isPresent(), "run " + run + " after kill " + kill);
                    assertEquals(HistoryWriterMain.JOBS_PER_RUN, store.jobs(run, 1).size(), "jobs of run " + run);
                    assertEquals(HistoryWriterMain.JOBS_PER_RUN, store.cacheStatsOfRun(run, 1).size(),
                            "stats of run " + run);
                }
                nextRun = runs.size() + 1;
            }
        }
    }

    /**
     * Runs a writer from run {@code first} and kills it (SIGKILL) inside the transaction of run
     * {@code killAt}: after it announces that run, at its next write to the WAL file (a run is
     * big enough to spill uncommitted pages there). Returns the last run it announced committed.
     */
    private static long killWriterDuringRun(Path db, long first, long killAt) throws IOException, InterruptedException {
        WatchService watcher = db.getFileSystem().newWatchService();
        db.getParent().register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
        Process writer = ChildJvm.start(HistoryWriterMain.class, List.of("-Xmx64m"),
                List.of(db.toString(), Long.toString(first)),
                HistoryStore.class, org.sqlite.JDBC.class, org.slf4j.LoggerFactory.class);
        List<String> other = new ArrayList<>();
        long committed = first - 1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("starting " + killAt)) {
                    awaitWalWrite(watcher, db.getFileName() + "-wal");
                    // Unlike Process.destroyForcibly, this leaves the pipe open, so every
                    // announcement made before death is still read.
                    writer.toHandle().destroyForcibly();
                } else if (line.startsWith("committed ")) {
                    committed = Long.parseLong(line.substring("committed ".length()));
                } else if (!line.startsWith("starting ") && !line.startsWith("SLF4J")) {
                    other.add(line);
                }
            }
        } finally {
            watcher.close();
            writer.toHandle().destroyForcibly();
            if (!writer.waitFor(1, TimeUnit.MINUTES)) {
                fail("the writer did not die");
            }
        }
        assertTrue(committed >= killAt - 1, "the writer stopped before the kill: " + other);
        return committed;
    }

    /** Blocks until the WAL file is written to again (events from earlier writes are dropped first). */
    private static void awaitWalWrite(WatchService watcher, String walName) throws InterruptedException {
        WatchKey stale;
        while ((stale = watcher.poll()) != null) {
            stale.pollEvents();
            stale.reset();
        }
        while (true) {
            WatchKey key = watcher.poll(1, TimeUnit.MINUTES);
            if (key == null) {
                fail("the writer stopped writing to " + walName);
            }
            boolean wal = key.pollEvents().stream().anyMatch(e -> walName.equals(String.valueOf(e.context())));
            key.reset();
            if (wal) {
                return;
            }
        }
    }
}
