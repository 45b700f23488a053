/**
 * Why the failed jobs of a run failed, asked of GitHub: the run's jobs, each failed job's check-run
 * annotations and steps, and its log streamed through the {@link dev.wheelhouse.failures} reader
 * (never held whole). No JavaFX.
 */
package dev.wheelhouse.runs.failures;
