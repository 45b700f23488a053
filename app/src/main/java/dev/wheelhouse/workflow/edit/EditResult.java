package dev.wheelhouse.workflow.edit;

import dev.wheelhouse.workflow.WorkflowDocument;

import java.util.List;

/**
 * The outcome of an edit: the new text, the single region that changed, the edit that restores
 * the previous text exactly, and the other jobs whose matrix changed too (an aliased matrix).
 */
public record EditResult(String text, WorkflowDocument document, TextChange change, MatrixEdit inverse,
                         List<String> alsoChangedJobs) {

    public EditResult {
        alsoChangedJobs = List.copyOf(alsoChangedJobs);
    }
}
