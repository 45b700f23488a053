/**
 * The local history: runs, jobs, per-job cache figures and dispatches kept in one SQLite file
 * ({@link dev.wheelhouse.history.HistoryStore}) in the platform's
 * {@link dev.wheelhouse.history.DataDirectory}, so trends outlive GitHub's log retention. Every
 * call waits on the disk: the app reaches it only from background tasks (the window's
 * {@code LocalHistory} refuses the FX thread). The schema grows by appending steps to
 * {@code Migrations}. Depends on nothing else of the app.
 */
package dev.wheelhouse.history;
