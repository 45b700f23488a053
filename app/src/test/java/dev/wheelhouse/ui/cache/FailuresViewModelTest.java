package dev.wheelhouse.ui.cache;

import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.history.JobFailureRecord;
import dev.wheelhouse.history.JobRecord;
import dev.wheelhouse.history.RunRecord;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailuresViewModelTest {

    private static final String REPO = "wheelhouse-demo/satkit";
    private static final String RELEASE = ".github/workflows/release.yml";
    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");

    @Test
    void showsTheFlakyCellFirstWithHowOftenAndWithWhat(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("history.db"))) {
            for (int r = 1; r <= 4; r++) {
                boolean fails = r % 2 == 0;
                store.saveRun(new RunRecord(REPO, RELEASE, r, 1, "main", "s", "push", "completed", "failure",
                        T0.plusSeconds(r * 3600L), null, null, null), List.of(
                        new JobRecord(r, 1, r * 10L, "build wheels (windows-latest cp312)", null, "completed",
                                fails ? "failure" : "success", null, null, "Windows"),
                        new JobRecord(r, 1, r * 10L + 1, "build wheels (ubuntu-latest cp312)", null, "completed",
                                "success", null, null, "Linux")), List.of());
                if (fails) {
                    store.saveJobFailure(new JobFailureRecord(r * 10L, "test-failure", "Build wheels", 9L, "FAILED x",
                            null, "A test failed.", T0));
                }
            }
            FailuresViewModel model = new FailuresViewModel(new DirectTaskExecutor(), () -> store);

            model.show(REPO, RELEASE);

            assertEquals(2, model.cells().size());
            assertEquals("build wheels (windows-latest cp312)", model.cells().get(0).jobName());
            assertEquals("test-failure in 2 of the last 4 runs", model.cells().get(0).describe());
            assertEquals("1 cell failed in the last 10 runs.", model.messageProperty().get());

            model.show(REPO, null);
            assertTrue(model.cells().isEmpty());
        }
    }
}
