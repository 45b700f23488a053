/**
 * Starting runs. {@link dev.wheelhouse.runs.dispatch.WorkflowDispatcher} checks the inputs
 * against the workflow at the ref ({@link dev.wheelhouse.runs.dispatch.DispatchInputCheck}),
 * dispatches, and learns the run id from GitHub or, from a server that does not name it, by
 * finding the run. {@link dev.wheelhouse.runs.dispatch.PushAndDispatch} first commits an edited
 * workflow to a new branch (with the sha it was loaded from; a file changed on GitHub meanwhile is
 * a conflict the edit can be replayed onto, {@link dev.wheelhouse.runs.dispatch.MatrixEditReplay}).
 * {@link dev.wheelhouse.runs.dispatch.DispatchLog} remembers the ref and inputs of runs started
 * here, which GitHub's run does not carry.
 */
package dev.wheelhouse.runs.dispatch;
