package dev.wheelhouse.cibw;

import java.util.Arrays;
import java.util.Optional;

/**
 * Groups of builds cibuildwheel leaves out unless its {@code enable} option names them
 * (https://cibuildwheel.pypa.io/en/stable/options/#enable). Which identifiers each group gates
 * depends on the cibuildwheel release: see {@link IdentifierCatalog}.
 */
public enum EnableGroup {
    CPYTHON_FREETHREADING("cpython-freethreading"),
    CPYTHON_PRERELEASE("cpython-prerelease"),
    PYPY("pypy"),
    PYPY_EOL("pypy-eol"),
    CPYTHON_EXPERIMENTAL_RISCV64("cpython-experimental-riscv64"),
    GRAALPY("graalpy"),
    PYODIDE_PRERELEASE("pyodide-prerelease");

    private final String optionValue;

    EnableGroup(String optionValue) {
        this.optionValue = optionValue;
    }

    public String optionValue() {
        return optionValue;
    }

    public static Optional<EnableGroup> fromOptionValue(String value) {
        return Arrays.stream(values()).filter(g -> g.optionValue.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return optionValue;
    }
}
