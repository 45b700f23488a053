package dev.wheelhouse.workflow.yaml;

/** How a scalar is written. Only plain scalars are typed; every other style is a string. */
public enum ScalarStyle {
    PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED;

    public boolean quoted() {
        return this == SINGLE_QUOTED || this == DOUBLE_QUOTED;
    }
}
