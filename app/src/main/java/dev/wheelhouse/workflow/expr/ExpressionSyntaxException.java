package dev.wheelhouse.workflow.expr;

/** An expression GitHub would refuse to parse; the message names the fault. */
public final class ExpressionSyntaxException extends Exception {

    private final int position;

    public ExpressionSyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** 0-based char position in the expression text. */
    public int position() {
        return position;
    }
}
