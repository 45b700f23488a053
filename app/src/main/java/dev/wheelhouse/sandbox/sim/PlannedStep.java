package dev.wheelhouse.sandbox.sim;

import java.util.Objects;

/**
 * One step of a planned job, as the log and the steps list name it.
 *
 * @param name      the display name: the step's {@code name:}, else {@code Run <uses>} or
 *                  {@code Run <first line of run>}
 * @param uses      the action reference, or null for a {@code run:} step
 * @param run       the script, or null for an action
 * @param condition the step's {@code if:}
 * @param kind      what the simulator makes of the step (durations, log content)
 */
public record PlannedStep(String name, String uses, String run, Condition condition, StepKind kind) {

    public PlannedStep {
        Objects.requireNonNull(name);
        Objects.requireNonNull(condition);
        Objects.requireNonNull(kind);
    }

    /** Actions with a post step, which GitHub runs at the end in reverse order. */
    public boolean hasPostStep() {
        return uses != null && (uses.startsWith("actions/checkout@") || uses.startsWith("actions/setup-python@")
                || uses.startsWith("mozilla-actions/sccache-action@") || uses.startsWith("actions/cache@"));
    }
}
