package dev.wheelhouse.workflow.edit;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditHistoryTest {

    private static final String TEXT = "on: push\njobs:\n  j:\n    runs-on: x\n    strategy:\n      matrix:\n        os: [a, b]\n";

    @Test
    void undoAndRedoWalkThroughTheExactTexts() throws Exception {
        EditHistory history = new EditHistory(TEXT);
        history.apply(new MatrixEdit.AddValue("j", "os", ValueLiteral.of("c")));
        String afterAdd = history.current();
        history.apply(new MatrixEdit.ExcludeCombination("j", java.util.Map.of("os", ValueLiteral.of("a"))));
        assertEquals(Optional.of("Exclude (a)"), history.undoDescription());
        assertEquals(Optional.of(afterAdd), history.undo());
        assertEquals(Optional.of(TEXT), history.undo());
        assertFalse(history.canUndo());
        assertEquals(Optional.of(afterAdd), history.redo());
        assertTrue(history.canRedo());
    }

    @Test
    void aNewEditClearsRedo() throws Exception {
        EditHistory history = new EditHistory(TEXT);
        history.apply(new MatrixEdit.AddValue("j", "os", ValueLiteral.of("c")));
        history.undo();
        history.apply(new MatrixEdit.AddValue("j", "os", ValueLiteral.of("d")));
        assertFalse(history.canRedo());
        assertTrue(history.current().contains("[a, b, d]"));
    }

    @Test
    void aRefusedEditLeavesTheHistoryAlone() {
        EditHistory history = new EditHistory(TEXT);
        try {
            history.apply(new MatrixEdit.RemoveVector("j", "nope"));
        } catch (EditException expected) {
            assertEquals(TEXT, history.current());
            assertFalse(history.canUndo());
            return;
        }
        throw new AssertionError("the edit should have been refused");
    }
}
