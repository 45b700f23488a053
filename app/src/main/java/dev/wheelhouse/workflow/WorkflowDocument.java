package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.yaml.SourceText;
import dev.wheelhouse.workflow.yaml.YamlDocument;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlReader;
import dev.wheelhouse.workflow.yaml.YamlSyntaxException;

import java.util.List;
import java.util.Optional;

/**
 * A workflow file: the user's text, kept byte for byte, and what it declares (name, triggers,
 * {@code workflow_dispatch} inputs, jobs in order with their matrices). Immutable; an edit makes a
 * new document from new text.
 */
public final class WorkflowDocument {

    private final YamlDocument yaml;
    private final YamlMapping root;
    private final String name;
    private final List<String> triggers;
    private final List<DispatchInput> dispatchInputs;
    private final List<WorkflowJob> jobs;
    private final List<Problem> problems;

    WorkflowDocument(YamlDocument yaml, YamlMapping root, String name, List<String> triggers,
                     List<DispatchInput> dispatchInputs, List<WorkflowJob> jobs, List<Problem> problems) {
        this.yaml = yaml;
        this.root = root;
        this.name = name;
        this.triggers = List.copyOf(triggers);
        this.dispatchInputs = List.copyOf(dispatchInputs);
        this.jobs = List.copyOf(jobs);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads a workflow.
     *
     * @throws WorkflowParseException when the text is not YAML or not a mapping, with the
     *                                parser's line and column
     */
    public static WorkflowDocument parse(String text) throws WorkflowParseException {
        YamlDocument yaml;
        try {
            yaml = YamlReader.read(text);
        } catch (YamlSyntaxException e) {
            throw new WorkflowParseException(e.problem(), e.line(), e.column());
        }
        return WorkflowReader.read(yaml);
    }

    public String text() {
        return yaml.text();
    }

    public SourceText source() {
        return yaml.source();
    }

    public YamlMapping root() {
        return root;
    }

    /** The workflow's {@code name:}, if it has one. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The events under {@code on:}, in order. */
    public List<String> triggers() {
        return triggers;
    }

    public boolean hasTrigger(String event) {
        return triggers.contains(event);
    }

    /** The inputs of {@code on.workflow_dispatch.inputs}, in order. */
    public List<DispatchInput> dispatchInputs() {
        return dispatchInputs;
    }

    /** Every job, in document order. */
    public List<WorkflowJob> jobs() {
        return jobs;
    }

    public Optional<WorkflowJob> job(String id) {
        return jobs.stream().filter(j -> j.id().equals(id)).findFirst();
    }

    /** The jobs that have a {@code strategy.matrix}, reusable-workflow calls included. */
    public List<WorkflowJob> matrixJobs() {
        return jobs.stream().filter(j -> j.matrix().isPresent()).toList();
    }

    /** Problems of the file as a whole (a YAML merge key, a missing {@code jobs:}). */
    public List<Problem> problems() {
        return problems;
    }
}
