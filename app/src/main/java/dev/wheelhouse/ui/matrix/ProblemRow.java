package dev.wheelhouse.ui.matrix;

/** One problem of the workflow, positioned in the file. */
public record ProblemRow(boolean error, int line, int column, String message) {

    public String location() {
        return line + ":" + column;
    }
}
