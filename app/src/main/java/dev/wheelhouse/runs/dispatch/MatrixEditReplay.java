package dev.wheelhouse.runs.dispatch;

import dev.wheelhouse.workflow.edit.EditException;
import dev.wheelhouse.workflow.edit.MatrixEdit;
import dev.wheelhouse.workflow.edit.MatrixEditor;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The user's matrix edits as a {@link PushRequest#reapply()}: made again, in order, on the text
 * GitHub has now. An edit that no longer fits (its vector is gone, its value is there already)
 * stops the replay with the editor's reason, so the user decides instead of a silent merge.
 */
public final class MatrixEditReplay {

    private MatrixEditReplay() {
    }

    public static UnaryOperator<String> of(List<MatrixEdit> edits) {
        List<MatrixEdit> copy = List.copyOf(edits);
        return text -> {
            String current = text;
            for (MatrixEdit edit : copy) {
                try {
                    current = MatrixEditor.apply(current, edit).text();
                } catch (EditException e) {
                    throw new DispatchException("The edit \"" + edit.describe() + "\" cannot be made again on the "
                            + "workflow as it is on GitHub now: " + e.getMessage() + " Make the change by hand on "
                            + "the new text.");
                }
            }
            return current;
        };
    }
}
