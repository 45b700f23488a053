package dev.wheelhouse.runs.dispatch;

import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.workflow.DispatchInput;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dispatch to make.
 *
 * @param workflow     the workflow's file name ({@code release.yml}) or numeric id
 * @param ref          the branch or tag to run on
 * @param inputs       values as typed in the form, by input name
 * @param declared     the workflow's inputs at {@code ref}, to check against; empty when unknown
 * @param environments the repository's environments, to check environment inputs; empty when unknown
 */
public record DispatchRequest(RepositoryRef repository, String workflow, String ref, Map<String, String> inputs,
                              Optional<List<DispatchInput>> declared, Optional<List<String>> environments) {

    public DispatchRequest {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(workflow);
        Objects.requireNonNull(ref);
        inputs = Map.copyOf(inputs);
        declared = declared.map(List::copyOf);
        environments = environments.map(List::copyOf);
    }

    public static DispatchRequest of(RepositoryRef repository, String workflow, String ref, Map<String, String> inputs,
                                     List<DispatchInput> declared) {
        return new DispatchRequest(repository, workflow, ref, inputs, Optional.of(declared), Optional.empty());
    }
}
