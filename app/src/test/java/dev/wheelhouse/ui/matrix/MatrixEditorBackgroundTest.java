package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.testing.BigWorkflow;
import dev.wheelhouse.ui.task.ManualTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading, parsing and editing happen in background tasks, never in the caller (the FX thread). */
class MatrixEditorBackgroundTest {

    @TempDir
    Path dir;

    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final MatrixEditorViewModel model = new MatrixEditorViewModel(executor, new RecentFiles() {
        private final List<Path> files = new ArrayList<>();

        @Override
        public List<Path> list() {
            return files;
        }

        @Override
        public void add(Path file) {
            files.add(file);
        }
    });

    @Test
    void aFiveMegabyteWorkflowIsReadAndParsedOffTheCallingThread() throws Exception {
        Path big = dir.resolve("big.yml");
        Files.writeString(big, BigWorkflow.of(5 * 1024 * 1024));
        assertTrue(Files.size(big) >= 5 * 1024 * 1024);

        model.open(big);

        assertTrue(model.busyProperty().get(), "the view shows progress while the file loads");
        assertNull(model.status().fileProperty().get(), "nothing was read on the calling thread");
        assertEquals(1, executor.queued());

        executor.runAll();

        assertEquals(big, model.status().fileProperty().get());
        assertEquals("20 jobs", model.rows().jobCountProperty().get());
        assertTrue(!model.busyProperty().get());
    }

    @Test
    void anEditRunsInTheBackgroundAndQueuedEditsApplyInOrder() throws Exception {
        Path file = dir.resolve("small.yml");
        Files.writeString(file, BigWorkflow.of(0));
        model.open(file);
        executor.runAll();

        model.addValue("python", "cp315");
        model.addValue("python", "cp316");
        assertEquals("20 jobs", model.rows().jobCountProperty().get(), "no edit was applied on the calling thread");

        executor.runAll();

        assertEquals("28 jobs", model.rows().jobCountProperty().get());
        model.undo();
        executor.runAll();
        assertEquals("24 jobs", model.rows().jobCountProperty().get());
    }
}
