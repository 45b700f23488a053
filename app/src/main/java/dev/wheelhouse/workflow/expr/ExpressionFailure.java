package dev.wheelhouse.workflow.expr;

/** An expression that parses but fails when evaluated (a bad format string, invalid JSON). */
public final class ExpressionFailure extends RuntimeException {

    public ExpressionFailure(String message) {
        super(message);
    }
}
