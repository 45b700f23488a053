package dev.wheelhouse.workflow.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo over whole texts: each step keeps the text before and after an edit, so undo
 * restores the exact bytes whatever the edit was. Not thread-safe; the UI owns one per open file.
 */
public final class EditHistory {

    /** One applied edit: the text before, the text after, and what it did. */
    public record Step(String before, String after, String description) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private String current;

    public EditHistory(String initial) {
        this.current = initial;
    }

    public String current() {
        return current;
    }

    /** Records an edit of the current text; clears the redo stack. */
    public void record(String edited, String description) {
        if (edited.equals(current)) {
            return;
        }
        undo.push(new Step(current, edited, description));
        redo.clear();
        current = edited;
    }

    /** Applies an edit to the current text and records it. */
    public EditResult apply(MatrixEdit edit) throws EditException {
        EditResult result = MatrixEditor.apply(current, edit);
        record(result.text(), edit.describe());
        return result;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What undo would revert, for a menu label. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Step::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Step::description);
    }

    /** Reverts the last edit; returns the restored text, or empty when there is nothing to undo. */
    public Optional<String> undo() {
        Step step = undo.poll();
        if (step == null) {
            return Optional.empty();
        }
        redo.push(step);
        current = step.before();
        return Optional.of(current);
    }

    public Optional<String> redo() {
        Step step = redo.poll();
        if (step == null) {
            return Optional.empty();
        }
        undo.push(step);
        current = step.after();
        return Optional.of(current);
    }
}
