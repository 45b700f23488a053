package dev.wheelhouse.workflow.yaml;

/**
 * Where a node sits in the text: char offsets {@code [start, end)} into the Java string, and the
 * 1-based line and column (in code points) of its start, as an editor shows them.
 */
public record Span(int start, int end, int line, int column) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean encloses(Span other) {
        return other.start >= start && other.end <= end;
    }
}
