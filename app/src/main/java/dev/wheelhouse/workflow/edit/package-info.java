/**
 * Minimal-diff matrix edits: {@link dev.wheelhouse.workflow.edit.MatrixEdit} (add, remove,
 * rename, move a value; add, remove a vector; exclude or re-include a combination; add, edit,
 * remove an include or exclude entry), applied by
 * {@link dev.wheelhouse.workflow.edit.MatrixEditor} to the bytes of the matrix only, each with
 * an exact inverse; {@link dev.wheelhouse.workflow.edit.EditHistory} and
 * {@link dev.wheelhouse.workflow.edit.UnifiedDiff} for the UI and {@code --dry-run}.
 */
package dev.wheelhouse.workflow.edit;
