package dev.wheelhouse.workflow.grid;

/**
 * A value on a grid axis: a value of the vector, or one that only an include entry brings
 * ({@code fromInclude}), or {@link #UNSET} for include jobs that do not set this vector.
 */
public record GridAxisValue(Object value, String label, boolean fromInclude, boolean unset) {

    public static final GridAxisValue UNSET = new GridAxisValue(null, "—", true, true);

    public static GridAxisValue of(Object value, boolean fromInclude) {
        return new GridAxisValue(value, ValueText.of(value), fromInclude, false);
    }
}
