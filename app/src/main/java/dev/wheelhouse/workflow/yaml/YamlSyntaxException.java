package dev.wheelhouse.workflow.yaml;

/** The text is not YAML GitHub would read; carries the 1-based line and column of the fault. */
public final class YamlSyntaxException extends Exception {

    private final int line;
    private final int column;
    private final String problem;

    public YamlSyntaxException(String problem, int line, int column) {
        super(line + ":" + column + ": " + problem);
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

    /** The fault without its position. */
    public String problem() {
        return problem;
    }
}
