package dev.wheelhouse.ui.logs;

import dev.wheelhouse.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log viewer's state without a window. */
class LogViewModelTest {

    private static final String LOG = """
            2024-03-01T12:00:00.0000000Z ##[group]Run pypa/cibuildwheel@v3.2.0
            2024-03-01T12:00:00.0000000Z ##[endgroup]
            2024-03-01T12:00:01.0000000Z    \u001b[1m\u001b[32mCompiling\u001b[0m serde v1.0.197
            2024-03-01T12:00:02.0000000Z error[E0308]: mismatched types
            2024-03-01T12:00:02.0000000Z   --> src/orbit.rs:41:23
            2024-03-01T12:00:03.0000000Z    Compiling ndarray v0.16.1
            2024-03-01T12:00:04.0000000Z ##[error]Process completed with exit code 1.
            """;

    private LogViewModel open(long line) {
        LogViewModel model = new LogViewModel(new DirectTaskExecutor(), new LogRequest("build wheels (windows-latest cp312)",
                "https://github.com/o/r/actions/runs/1/job/2", line,
                () -> new ByteArrayInputStream(LOG.getBytes(StandardCharsets.UTF_8))));
        model.open();
        return model;
    }

    @Test
    void theStepSectionsAreFoundOnceTheLogIsIn() {
        LogViewModel model = open(4);

        LogSections sections = model.sectionsProperty().get();
        assertEquals(java.util.List.of(0), java.util.Arrays.stream(sections.starts()).boxed().toList());
        assertEquals(java.util.List.of(6), java.util.Arrays.stream(sections.ends()).boxed().toList(),
                "the step runs to the last line");
    }

    @Test
    void opensAtTheKeyLineWithTimestampsAndColoursOffByDefault() {
        LogViewModel model = open(4);

        assertEquals(7, model.lineCountProperty().get());
        assertEquals(3, model.focusProperty().get());
        assertEquals(3, model.keyIndex());
        assertEquals("error[E0308]: mismatched types", model.text(3));
        assertEquals("   Compiling serde v1.0.197", model.text(2));
        model.timestampsProperty().set(true);
        assertEquals("2024-03-01T12:00:02.0000000Z error[E0308]: mismatched types", model.text(3));
        assertTrue(model.statusProperty().get().startsWith("7 lines"), model.statusProperty().get());
    }

    @Test
    void searchMovesToTheNextMatchBothWaysAndCountsThem() {
        LogViewModel model = open(4);

        model.search("compiling", 3, true);
        assertEquals(5, model.focusProperty().get());
        assertEquals("2 matches", model.matchesProperty().get());
        model.search("compiling", 3, false);
        assertEquals(2, model.focusProperty().get());
        model.search("nowhere", 3, true);
        assertEquals("no match", model.matchesProperty().get());
    }

    @Test
    void nextErrorJumpsToTheToolsAndTheRunnersErrors() {
        LogViewModel model = open(0);

        model.nextError(-1);
        assertEquals(3, model.focusProperty().get());
        model.nextError(3);
        assertEquals(6, model.focusProperty().get());
    }

    @Test
    void saveWritesTheLogAsDownloaded(@TempDir Path dir) throws Exception {
        LogViewModel model = open(0);

        model.save(dir.resolve("job.log"));

        assertEquals(LOG, Files.readString(dir.resolve("job.log")));
        model.close();
    }

    /** Runs background tasks only when told: what the FX thread sees before the disk has answered. */
    private static final class HeldTasks implements dev.wheelhouse.ui.task.TaskExecutor {
        private final java.util.List<dev.wheelhouse.ui.task.BackgroundTask<?>> held = new java.util.ArrayList<>();
        private boolean holding;

        @Override
        public <T> void execute(dev.wheelhouse.ui.task.BackgroundTask<T> task) {
            if (holding) {
                held.add(task);
            } else {
                new DirectTaskExecutor().execute(task);
            }
        }

        @Override
        public void runOnUiThread(Runnable update) {
            update.run();
        }

        void runHeld() {
            java.util.List<dev.wheelhouse.ui.task.BackgroundTask<?>> now = java.util.List.copyOf(held);
            held.clear();
            now.forEach(t -> new DirectTaskExecutor().execute(t));
        }
    }

    @Test
    void aRowWhoseLinesAreNotInMemoryIsReadInTheBackgroundNeverOnTheCallersThread() {
        HeldTasks tasks = new HeldTasks();
        StringBuilder big = new StringBuilder();
        // More lines than the line cache holds: opening reads them all once (for the step sections),
        // which leaves only the last blocks in memory.
        for (int i = 0; i < 10_000; i++) {
            big.append("line ").append(i).append('\n');
        }
        LogViewModel model = new LogViewModel(tasks, new LogRequest("j", null, 0,
                () -> new ByteArrayInputStream(big.toString().getBytes(StandardCharsets.UTF_8))));
        model.open();
        tasks.holding = true;
        int before = model.rowsReadProperty().get();

        assertEquals("", model.raw(900), "not read yet: an empty row for now");
        assertEquals("", model.raw(901), "the same block is asked for once");
        tasks.runHeld();

        assertEquals(before + 1, model.rowsReadProperty().get());
        assertEquals("line 900", model.raw(900));
        assertEquals("line 901", model.raw(901));
    }

    @Test
    void aLogThatCannotBeReadSaysSo() {
        LogViewModel model = new LogViewModel(new DirectTaskExecutor(), new LogRequest("j", null, 0, () -> {
            throw new java.io.IOException("GitHub no longer keeps this log");
        }));
        model.open();
        assertTrue(model.statusProperty().get().contains("GitHub no longer keeps this log"),
                model.statusProperty().get());
    }
}
