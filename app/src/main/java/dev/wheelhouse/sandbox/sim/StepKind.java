package dev.wheelhouse.sandbox.sim;

/** What a step does, as far as timing and log content go. */
public enum StepKind {
    CHECKOUT,
    SETUP_PYTHON,
    SETUP_RUST,
    SETUP_SCCACHE,
    /** cibuildwheel, maturin or another wheel build: the long step whose time sccache saves. */
    BUILD_WHEELS,
    /** {@code sccache --show-stats} run by the workflow on the runner. */
    SCCACHE_STATS,
    CACHE_RESTORE,
    TESTS,
    UPLOAD_ARTIFACT,
    DOWNLOAD_ARTIFACT,
    PUBLISH,
    SCRIPT;

    /** Classifies a step from its {@code uses:} and {@code run:}. */
    public static StepKind of(String uses, String run) {
        if (uses != null) {
            String action = uses.toLowerCase(java.util.Locale.ROOT);
            if (action.startsWith("actions/checkout@")) {
                return CHECKOUT;
            }
            if (action.startsWith("actions/setup-python@")) {
                return SETUP_PYTHON;
            }
            if (action.startsWith("dtolnay/rust-toolchain@") || action.startsWith("actions-rs/toolchain@")) {
                return SETUP_RUST;
            }
            if (action.startsWith("mozilla-actions/sccache-action@")) {
                return SETUP_SCCACHE;
            }
            if (action.startsWith("pypa/cibuildwheel@") || action.startsWith("pyo3/maturin-action@")) {
                return BUILD_WHEELS;
            }
            if (action.startsWith("actions/cache@")) {
                return CACHE_RESTORE;
            }
            if (action.startsWith("actions/upload-artifact@")) {
                return UPLOAD_ARTIFACT;
            }
            if (action.startsWith("actions/download-artifact@")) {
                return DOWNLOAD_ARTIFACT;
            }
            if (action.startsWith("pypa/gh-action-pypi-publish@")) {
                return PUBLISH;
            }
            return SCRIPT;
        }
        String script = run == null ? "" : run;
        if (script.contains("sccache --show-stats") || script.contains("sccache -s")) {
            return SCCACHE_STATS;
        }
        if (script.contains("cibuildwheel") || script.contains("maturin build")) {
            return BUILD_WHEELS;
        }
        if (script.contains("cargo test") || script.contains("pytest")) {
            return TESTS;
        }
        if (script.contains("cargo publish") || script.contains("twine upload")) {
            return PUBLISH;
        }
        return SCRIPT;
    }
}
