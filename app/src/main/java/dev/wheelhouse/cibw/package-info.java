/**
 * Which wheels a workflow job will build, worked out as cibuildwheel works it out: its platform,
 * {@code archs}, {@code build}/{@code skip}, {@code enable} groups and {@code requires-python},
 * from the job's rendered steps and the project's {@code pyproject.toml}; maturin steps as far as
 * their inputs say. Depends on {@code workflow} only; no HTTP, no JavaFX.
 *
 * <p>Entry points: {@link dev.wheelhouse.cibw.WorkflowWheels} (the wheels of every expanded job of
 * a matrix, what the editor shows under each cell and the {@code wheels} command prints) and
 * {@link dev.wheelhouse.cibw.WheelPlanner} (one rendered job). What a pinned release can build and
 * how it selects comes from that release's own model ({@link dev.wheelhouse.cibw.ReleaseModels},
 * {@link dev.wheelhouse.cibw.IdentifierCatalog}), generated from each release's source into the
 * resources {@code dev/wheelhouse/cibw/releases} by {@code tools/cibw-catalog}.
 */
package dev.wheelhouse.cibw;
