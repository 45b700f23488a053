package dev.wheelhouse.ui.matrix;

/** One expanded job as the job list shows it. */
public record JobRow(int index, String displayName, String values, String wheels, int wheelCount, String extras,
                     boolean fromInclude) {

    /** The wheel count is known (a cibuildwheel step whose selection could be worked out). */
    public boolean wheelsKnown() {
        return wheelCount >= 0;
    }
}
