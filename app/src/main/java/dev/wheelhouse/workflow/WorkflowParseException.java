package dev.wheelhouse.workflow;

/**
 * The text cannot be read as a workflow at all (broken YAML, not a mapping). Carries the
 * 1-based line and column and a one-line message for the user.
 */
public final class WorkflowParseException extends Exception {

    private final int line;
    private final int column;
    private final String problem;

    public WorkflowParseException(String problem, int line, int column) {
        super("line " + line + ", column " + column + ": " + problem);
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }

    /** One line for the user: where, what, and what to do. */
    public String userMessage() {
        String what = problem.endsWith(".") ? problem.substring(0, problem.length() - 1) : problem;
        return "The workflow cannot be read at line " + line + ", column " + column + ": " + what
                + ". Fix the file and load it again.";
    }
}
