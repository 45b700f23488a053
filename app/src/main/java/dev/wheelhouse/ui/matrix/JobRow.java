package dev.wheelhouse.ui.matrix;

/** One expanded job as the job list shows it. */
public record JobRow(int index, String displayName, String values, String wheels, boolean fromInclude) {
}
