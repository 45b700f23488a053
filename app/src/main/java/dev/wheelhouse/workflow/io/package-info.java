/**
 * Workflow files on disk without losing a byte: {@link dev.wheelhouse.workflow.io.WorkflowDisk}
 * decodes strictly, saves through a temporary file moved over the original and refuses to
 * overwrite a file that changed since it was read (a {@link dev.wheelhouse.workflow.io.Fingerprint}
 * tells); {@link dev.wheelhouse.workflow.io.WorkflowFolder} lists a clone's workflows.
 */
package dev.wheelhouse.workflow.io;
