/**
 * The Runs screen: the runs list of a workflow ({@link dev.wheelhouse.ui.runs.RunsListViewModel},
 * {@link dev.wheelhouse.ui.runs.RunsListView}), a tab per open run
 * ({@link dev.wheelhouse.ui.runs.RunViewModel}, {@link dev.wheelhouse.ui.runs.RunView}: the matrix
 * jobs on the editor's grid, the other jobs in a strip, the selected job's details and sccache
 * figures), "Dispatch…" ({@link dev.wheelhouse.ui.runs.DispatchViewModel}) and desktop
 * notifications. Snapshots come from the connection's {@code RunMonitor}; every action runs
 * through the task executor. A screen: imports no other screen.
 */
package dev.wheelhouse.ui.runs;
