package dev.wheelhouse.cibw;

/** The Python implementation a build identifier names by its first two letters. */
public enum Interpreter {
    CPYTHON("cp", "CPython"),
    PYPY("pp", "PyPy"),
    GRAALPY("gp", "GraalPy");

    private final String tagPrefix;
    private final String displayName;

    Interpreter(String tagPrefix, String displayName) {
        this.tagPrefix = tagPrefix;
        this.displayName = displayName;
    }

    public String tagPrefix() {
        return tagPrefix;
    }

    public String displayName() {
        return displayName;
    }

    static Interpreter fromTagPrefix(String prefix) {
        for (Interpreter interpreter : values()) {
            if (interpreter.tagPrefix.equals(prefix)) {
                return interpreter;
            }
        }
        throw new IllegalArgumentException("unknown interpreter prefix " + prefix);
    }
}
