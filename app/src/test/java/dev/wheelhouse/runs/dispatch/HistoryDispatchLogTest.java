package dev.wheelhouse.runs.dispatch;

import dev.wheelhouse.history.HistoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HistoryDispatchLogTest {

    @Test
    void dispatchesSurviveReopeningTheHistoryWithTheirInputs(@TempDir Path dir) {
        Path file = dir.resolve("history.db");
        DispatchRecord found = new DispatchRecord("o/r", "release.yml", "wheelhouse/release-1", Map.of("level", "high",
                "dry-run", "true"), OptionalLong.of(42), Instant.parse("2026-06-02T22:30:00Z"));
        DispatchRecord lost = new DispatchRecord("o/r", "release.yml", "main", Map.of(), OptionalLong.empty(),
                Instant.parse("2026-06-02T22:40:00Z"));
        try (HistoryStore store = HistoryStore.open(file)) {
            HistoryDispatchLog log = new HistoryDispatchLog(store);
            log.record(found);
            log.record(lost);
            assertEquals(found, log.forRun("o/r", 42).orElseThrow());
        }

        try (HistoryStore store = HistoryStore.open(file)) {
            HistoryDispatchLog log = new HistoryDispatchLog(store);
            assertEquals(List.of(lost, found), log.forWorkflow("o/r", "release.yml"));
            assertEquals(found, log.forRun("o/r", "release.yml", 42).orElseThrow());
            assertEquals(List.of(), log.forWorkflow("o/r", "ci.yml"));
        }
    }

    @Test
    void aRunIsTracedToItsDispatchFromAnEarlierSessionByRunAlone(@TempDir Path dir) {
        Path file = dir.resolve("history.db");
        DispatchRecord earlier = new DispatchRecord("o/r", "release.yml", "wheelhouse/release-1",
                Map.of("level", "high"), OptionalLong.of(42), Instant.parse("2026-06-02T22:30:00Z"));
        try (HistoryStore store = HistoryStore.open(file)) {
            new HistoryDispatchLog(store).record(earlier);
        }

        try (HistoryStore store = HistoryStore.open(file)) {
            HistoryDispatchLog log = new HistoryDispatchLog(store);
            assertEquals(earlier, log.forRun("o/r", 42).orElseThrow());
            assertEquals(java.util.Optional.empty(), log.forRun("o/other", 42), "run ids are per repository here");
            assertEquals(java.util.Optional.empty(), log.forRun("o/r", 43));
        }
    }
}
