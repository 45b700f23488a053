/**
 * What a run is seen as: immutable snapshots, each poll making a new one.
 * <ul>
 * <li>{@link dev.wheelhouse.runs.model.RunSnapshot}: the attempt shown ({@code run()}),
 *     {@code summaryLine(now)} ({@code 14/20 done · 2 failed · 4 running · 12:31}), the jobs, their
 *     figures ({@code statsOf(jobId)}), {@code cacheSummary()} and {@code comparison()} with the
 *     workflow's previous run. Every elapsed time takes {@code now} on the server's clock (the
 *     sandbox stamps runs with its simulated time); {@code observedAt} is the poller's wall clock.</li>
 * <li>{@code snapshot.layout().matrices()}: one {@link dev.wheelhouse.runs.model.MatrixCells} per
 *     matrix job, laid out with {@code MatrixGridLayout} exactly as the editor does; jobs were
 *     matched by the display names the workflow renders at the run's commit
 *     ({@link dev.wheelhouse.runs.model.WorkflowPlan}), never by splitting a name.
 *     {@code layout().strip()}: jobs without a matrix in {@code needs} order.</li>
 * <li>{@link dev.wheelhouse.runs.model.JobSnapshot}: status, conclusion, {@code duration(now)},
 *     runner, steps, {@code htmlUrl}; {@link dev.wheelhouse.runs.model.JobStats}: its sccache
 *     figures once read, with their source, or why they could not be.</li>
 * <li>{@link dev.wheelhouse.runs.model.RunInfo}: one run as a runs list shows it.</li>
 * </ul>
 */
package dev.wheelhouse.runs.model;
