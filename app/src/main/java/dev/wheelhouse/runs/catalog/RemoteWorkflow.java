package dev.wheelhouse.runs.catalog;

import dev.wheelhouse.github.RemoteFile;
import dev.wheelhouse.workflow.WorkflowDocument;

/** A workflow file opened from GitHub at a ref: its bytes and blob sha, and what it declares. */
public record RemoteWorkflow(RemoteFile file, WorkflowDocument document) {

    public boolean dispatchable() {
        return document.hasTrigger("workflow_dispatch");
    }
}
