package dev.wheelhouse.runs.catalog;

import dev.wheelhouse.github.WorkflowSummary;
import dev.wheelhouse.workflow.DispatchInput;

import java.util.List;
import java.util.Optional;

/**
 * A workflow of the repository and whether it can be dispatched at the chosen ref.
 *
 * @param problem why the file could not be read at that ref, if it could not
 */
public record CatalogEntry(WorkflowSummary workflow, boolean dispatchable, List<DispatchInput> inputs,
                           Optional<String> problem) {

    public CatalogEntry {
        inputs = List.copyOf(inputs);
    }
}
