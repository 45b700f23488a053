package dev.wheelhouse.ui.runs;

/** A branch or tag to dispatch a workflow on. */
public record RefChoice(String name, boolean tag) {

    /** {@code main · branch}, {@code v0.9.0 · tag}: what the ref picker lists and searches. */
    public String label() {
        return name + (tag ? " · tag" : " · branch");
    }

    @Override
    public String toString() {
        return label();
    }
}
