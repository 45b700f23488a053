package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.yaml.Span;

/** A step as written: name, uses or run, and its {@code if} text (null when absent). */
public record WorkflowStep(String name, String uses, String run, String ifCondition, Span span) {
}
