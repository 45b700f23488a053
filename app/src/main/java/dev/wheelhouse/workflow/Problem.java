package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.yaml.Span;

/** Something wrong with a workflow, at a 1-based line and column, in words a maintainer reads. */
public record Problem(Severity severity, int line, int column, String message) {

    public static Problem error(Span at, String message) {
        return new Problem(Severity.ERROR, at.line(), at.column(), message);
    }

    public static Problem warning(Span at, String message) {
        return new Problem(Severity.WARNING, at.line(), at.column(), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return line + ":" + column + ": " + severity.word() + ": " + message;
    }
}
