package dev.wheelhouse.workflow.expr;

/**
 * A value that cannot be known before the run: a context the evaluation was not given (such
 * as {@code needs} outputs or repository {@code vars}), or a function of the runner such as
 * {@code hashFiles()}. Anything computed from it is unknown too.
 */
public enum Unknown {
    VALUE;

    @Override
    public String toString() {
        return "(unknown until the run)";
    }
}
