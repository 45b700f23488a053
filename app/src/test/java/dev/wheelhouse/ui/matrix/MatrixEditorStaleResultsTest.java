package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.testing.OutOfOrderTaskExecutor.Order;
import dev.wheelhouse.testing.OutOfOrderTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.wheelhouse.ui.matrix.TwoWorkflows.A;
import static dev.wheelhouse.ui.matrix.TwoWorkflows.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, item 1: whatever order the background work finishes in, the editor shows and saves
 * only results that are still current. Both reproductions, with the tasks completed oldest first
 * (as a quiet machine tends to) and newest first (as a busy one can).
 */
class MatrixEditorStaleResultsTest {

    @TempDir
    Path dir;

    private final OutOfOrderTaskExecutor executor = new OutOfOrderTaskExecutor();
    private MatrixEditorViewModel model;
    private Path a;
    private Path b;

    @BeforeEach
    void openA() throws Exception {
        a = Files.writeString(dir.resolve("a.yml"), A);
        b = Files.writeString(dir.resolve("b.yml"), B);
        List<Path> recent = new ArrayList<>();
        model = new MatrixEditorViewModel(executor, new RecentFiles() {
            @Override
            public List<Path> list() {
                return recent;
            }

            @Override
            public void add(Path file) {
                recent.add(0, file);
            }
        });
        model.open(a);
        executor.completeAll(Order.OLDEST_FIRST);
        assertEquals("wheels", model.status().selectedJobProperty().get());
    }

    @ParameterizedTest
    @EnumSource(Order.class)
    void openingAnotherFileWhileAnEditIsInFlightNeverShowsOrSavesTheEditUnderTheOtherFile(Order order)
            throws Exception {
        model.addValue("python", "'3.13'");
        model.open(b);
        executor.completeAll(order);

        assertEquals(b, model.status().fileProperty().get());
        assertEquals(B, model.currentText().orElseThrow());
        assertFalse(model.status().dirtyProperty().get(), "b.yml was only opened");
        assertEquals("build", model.status().selectedJobProperty().get());
        assertEquals("", model.status().diffProperty().get());

        model.save();
        executor.completeAll(order);
        assertEquals(B, Files.readString(b), "nothing of a.yml's edit may reach b.yml");
        assertEquals(A, Files.readString(a), "the edit was never saved");
    }

    @ParameterizedTest
    @EnumSource(Order.class)
    void switchingTheMatrixJobWhileAnEditIsInFlightKeepsTheEdit(Order order) {
        model.addValue("python", "'3.13'");
        model.selectJob("tests");
        executor.completeAll(order);

        assertEquals("tests", model.status().selectedJobProperty().get());
        assertTrue(model.status().dirtyProperty().get(), "the edit was made: " + model.status().lastEditProperty().get());
        assertTrue(model.currentText().orElseThrow().contains("'3.13'"), model.currentText().orElseThrow());
        assertTrue(model.status().diffProperty().get().contains("+"), model.status().diffProperty().get());
        assertTrue(model.status().canUndoProperty().get());
    }

    @ParameterizedTest
    @EnumSource(Order.class)
    void undoQueuedBehindAnEditUndoesThatEdit(Order order) {
        model.addValue("python", "'3.13'");
        model.undo();
        executor.completeAll(order);

        assertEquals(A, model.currentText().orElseThrow());
        assertFalse(model.status().dirtyProperty().get());
        assertTrue(model.status().canRedoProperty().get());
    }

    @ParameterizedTest
    @EnumSource(Order.class)
    void saveQueuedBehindAnEditSavesTheEditedText(Order order) throws Exception {
        model.addValue("python", "'3.13'");
        model.save();
        executor.completeAll(order);

        assertTrue(Files.readString(a).contains("'3.13'"), Files.readString(a));
        assertFalse(model.status().dirtyProperty().get());
        assertEquals(Files.readString(a), model.currentText().orElseThrow());
    }
}
