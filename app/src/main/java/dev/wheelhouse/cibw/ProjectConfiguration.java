package dev.wheelhouse.cibw;

import java.util.Objects;
import java.util.Optional;

/**
 * The configuration one cibuildwheel run reads.
 *
 * @param options        the file its options come from: {@code config-file}, else the package's {@code pyproject.toml}
 * @param packageProject the package's {@code pyproject.toml}, for {@code requires-python}; empty when absent or unknown
 */
record ProjectConfiguration(PyprojectConfig options, Optional<PyprojectConfig> packageProject) {

    ProjectConfiguration {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(packageProject, "packageProject");
    }
}
