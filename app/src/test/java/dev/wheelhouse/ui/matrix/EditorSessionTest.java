package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.testing.OutOfOrderTaskExecutor.Order;
import dev.wheelhouse.testing.OutOfOrderTaskExecutor;
import dev.wheelhouse.workflow.edit.EditException;
import dev.wheelhouse.workflow.edit.MatrixEdit;
import dev.wheelhouse.workflow.edit.ValueLiteral;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/** The editor's document and its one queue of changes, without a window or JavaFX. */
class EditorSessionTest {

    @TempDir
    Path dir;

    private final OutOfOrderTaskExecutor executor = new OutOfOrderTaskExecutor();
    private final List<EditorChange> changes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<Boolean> busy = new ArrayList<>();
    private EditorSession session;
    private Path a;
    private Path b;

    @BeforeEach
    void openA() throws Exception {
        a = Files.writeString(dir.resolve("a.yml"), A);
        b = Files.writeString(dir.resolve("b.yml"), B);
        session = new EditorSession(executor, new EditorSession.Listener() {
            @Override
            public void changed(EditorChange change) {
                changes.add(change);
            }

            @Override
            public void failed(String context, Throwable error) {
                failures.add(context + error.getMessage());
            }

            @Override
            public void busy(boolean now) {
                busy.add(now);
            }
        });
        session.open(a);
        executor.completeAll(Order.OLDEST_FIRST);
        changes.clear();
        busy.clear();
    }

    private static MatrixEdit addPython(EditorSnapshot s, String value) {
        try {
            return new MatrixEdit.AddValue(EditCommands.jobId(s), "python", ValueLiteral.parse(value));
        } catch (EditException e) {
            throw new AssertionError(e);
        }
    }

    private String text() {
        return session.snapshot().orElseThrow().text();
    }

    @ParameterizedTest
    @EnumSource(Order.class)
    void aFileOpenedWhileAnEditIsInFlightIsShownAsItIsOnDisk(Order order) {
        session.edit(s -> addPython(s, "'3.13'"));
        session.open(b);
        executor.completeAll(order);

        assertEquals(B, text());
        assertEquals(b, session.source().orElseThrow().localPath().orElseThrow());
        EditorChange last = changes.get(changes.size() - 1);
        assertEquals(EditorChange.Kind.OPENED, last.kind());
        assertFalse(last.dirty());
        assertTrue(session.appliedEdits().isEmpty(), "a.yml's edit belongs to a.yml");
        assertFalse(session.canUndo());
    }

    @ParameterizedTest
    @EnumSource(Order.class)
    void aJobChosenWhileAnEditIsInFlightIsShownWithTheEdit(Order order) {
        session.edit(s -> addPython(s, "'3.13'"));
        session.selectJob("tests");
        executor.completeAll(order);

        EditorChange last = changes.get(changes.size() - 1);
        assertEquals(EditorChange.Kind.SELECTED, last.kind());
        assertEquals("tests", last.snapshot().selected().orElseThrow().job().id());
        assertTrue(last.dirty());
        assertTrue(text().contains("'3.13'"), text());
        assertEquals(1, session.appliedEdits().size());
    }

    @Test
    void neverMoreThanOneChangeIsInFlight() {
        session.edit(s -> addPython(s, "'3.13'"));
        session.selectJob("tests");
        session.selectJob("tests");
        session.edit(s -> addPython(s, "'3.14'"));
        session.undo();
        session.save();
        int steps = 0;
        while (executor.pending() > 0) {
            assertEquals(1, executor.pending(), "after " + steps + " steps");
            executor.completeNext(Order.NEWEST_FIRST);
            steps++;
        }
        assertEquals(5, steps, "choosing the job already shown is no work");
        assertTrue(text().contains("'3.13'") && !text().contains("'3.14'"), text());
        assertEquals(List.of(true, false), busy);
    }

    @Test
    void editsAreMadeFromTheDocumentTheEditsBeforeThemLeft() {
        List<Integer> pythonsSeen = new ArrayList<>();
        for (String value : List.of("'3.13'", "'3.14'", "'3.15'")) {
            session.edit(s -> {
                pythonsSeen.add(s.selected().orElseThrow().job().matrix().orElseThrow().vector("python").orElseThrow().values().size());
                return addPython(s, value);
            });
        }
        executor.completeAll(Order.NEWEST_FIRST);

        assertEquals(List.of(2, 3, 4), pythonsSeen);
        assertEquals(3, session.appliedEdits().size());
    }

    @Test
    void aFailedEditDropsTheEditsQueuedBehindItButNotTheOtherChanges() {
        session.edit(s -> new MatrixEdit.RemoveVector(EditCommands.jobId(s), "no-such-vector"));
        session.edit(s -> addPython(s, "'3.13'"));
        session.selectJob("tests");
        executor.completeAll(Order.OLDEST_FIRST);

        assertEquals(1, failures.size(), failures.toString());
        assertEquals(A, text(), "nothing was edited");
        assertEquals("tests", session.snapshot().orElseThrow().selected().orElseThrow().job().id());
    }

    @Test
    void aFileThatCannotBeOpenedLeavesTheDocumentAndItsEditsAsTheyWere() throws Exception {
        session.edit(s -> addPython(s, "'3.13'"));
        Path broken = Files.writeString(dir.resolve("broken.yml"), "jobs: [unclosed\n");
        session.open(broken);
        executor.completeAll(Order.NEWEST_FIRST);

        assertEquals(1, failures.size());
        assertTrue(failures.get(0).startsWith("broken.yml: "), failures.get(0));
        assertTrue(text().contains("'3.13'"));
        assertEquals(a, session.source().orElseThrow().localPath().orElseThrow());
    }

    @Test
    void aSaveWritesTheTextAsTheEditsQueuedBeforeItLeftIt() throws Exception {
        session.edit(s -> addPython(s, "'3.13'"));
        session.save();
        session.edit(s -> addPython(s, "'3.14'"));
        executor.completeAll(Order.NEWEST_FIRST);

        String saved = Files.readString(a);
        assertTrue(saved.contains("'3.13'") && !saved.contains("'3.14'"), saved);
        EditorChange last = changes.get(changes.size() - 1);
        assertTrue(last.dirty(), "the edit after the save is not saved");
        assertEquals(List.of(EditorChange.Kind.EDITED, EditorChange.Kind.SAVED, EditorChange.Kind.EDITED),
                changes.stream().map(EditorChange::kind).toList());
    }
}
