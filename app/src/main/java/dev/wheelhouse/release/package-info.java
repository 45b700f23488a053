/**
 * Release readiness: what a run's jobs were meant to build (their wheel plans, the sdist, the version its tag
 * names) against what they produced (every artifact, read from its zip's central directory) and what the publish
 * job would upload (the artifacts its {@code download-artifact} step takes, merged); the findings, each with the job
 * (matrix cell) it belongs to; downloading artifacts with their digests checked; reviewing the deployment a run
 * waits for. Immutable records for the window to show; blocking services to run off the FX thread. No JavaFX, no
 * HTTP: GitHub is read through {@link dev.wheelhouse.release.ReleaseSource}, which the client implements
 * ({@link dev.wheelhouse.release.GitHubReleaseSource}).
 */
package dev.wheelhouse.release;
