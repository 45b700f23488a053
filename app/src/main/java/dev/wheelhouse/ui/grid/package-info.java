/**
 * The matrix grid both the editor and a run tab draw: {@link dev.wheelhouse.ui.grid.MatrixGrid}
 * (rows by columns, keyboard-driven), {@link dev.wheelhouse.ui.grid.AxesChooser} (which vector on
 * which axis, a value for each other one) and {@link dev.wheelhouse.ui.grid.GridState}, the choice
 * that survives edits. Shared below the screens; knows none of them.
 */
package dev.wheelhouse.ui.grid;
