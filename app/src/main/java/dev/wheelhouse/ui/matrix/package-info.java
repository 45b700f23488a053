/**
 * The matrix editor screen. {@link dev.wheelhouse.ui.matrix.EditorSession} (plain Java, no window)
 * owns the open document, its undo history and the one
 * {@link dev.wheelhouse.ui.matrix.ChangeQueue} every change goes through, so a result never lands
 * on a document it was not computed from; {@link dev.wheelhouse.ui.matrix.MatrixEditorViewModel}
 * is a thin presenter over it; {@link dev.wheelhouse.ui.matrix.MatrixEditorView} and
 * {@link dev.wheelhouse.ui.matrix.MatrixSidePanel} draw it. The GitHub side of the editor (open
 * from GitHub, push &amp; dispatch) lives in {@code matrix.github}. A screen: imports no other
 * screen.
 */
package dev.wheelhouse.ui.matrix;
