package dev.wheelhouse.ui.runs;

import dev.wheelhouse.workflow.DispatchInput;

import java.util.List;
import java.util.Optional;

/**
 * The workflow as it is at the chosen ref: the inputs its {@code workflow_dispatch} declares (the
 * form shows these), the repository's environments for environment inputs, and why it cannot be
 * dispatched there, if it cannot.
 */
public record DispatchPlan(RefChoice ref, List<DispatchInput> inputs, List<String> environments,
                           Optional<String> problem) {

    public DispatchPlan {
        inputs = List.copyOf(inputs);
        environments = List.copyOf(environments);
    }

    public boolean dispatchable() {
        return problem.isEmpty();
    }
}
