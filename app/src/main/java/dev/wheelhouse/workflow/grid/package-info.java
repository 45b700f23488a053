/**
 * An expanded matrix laid out on two vectors, rows by columns, with every other vector held at one
 * value ({@link dev.wheelhouse.workflow.grid.MatrixGridLayout}), and the text each value shows.
 * The editor and the run view both read this layout, so a run's grid is the editor's grid.
 */
package dev.wheelhouse.workflow.grid;
