/**
 * Watching runs live. {@link dev.wheelhouse.runs.watch.RunMonitor} (one per connection; close it
 * on exit) owns the one poll scheduler every open run shares, the job-stats collector with its
 * log cache, the history archive and the notification events.
 *
 * <h2>A run tab</h2>
 * {@code RunWatcher w = monitor.watch(RunRef.latest(repo, runId))} (the same run opened twice is one
 * watcher; {@code RunRef.attempt} opens an earlier attempt, read once).
 * {@code w.subscribe(listener)} hands over the current {@code RunSnapshot} and every later one,
 * never an older after a newer, on a poller thread; {@code problem(message, stopped)} carries a
 * failed update, written for the user. {@code w.close()} when the tab closes.
 * {@code w.loadJobDetails(jobId)} reads a completed job's log (from the cache when it can) for
 * per-language figures and diagnoses: the answer is a new snapshot.
 *
 * <h2>Actions</h2>
 * {@code monitor.actions()}: {@code cancel}, {@code forceCancel}, {@code rerunAll},
 * {@code rerunFailed}, {@code rerunJob(watcher, jobId)}. They block on the network (call them from
 * a background task), check the run's state first, and throw {@code GitHubException} with
 * {@code userMessage()} for a dialog; the watcher polls again at once either way.
 *
 * <h2>Notifications</h2>
 * {@code monitor.onEvents(RunEventListener)}: run completed, job failed, only for changes seen
 * while watching; {@code monitor.notificationSettings(NotificationSettings.FAILURES_ONLY)} keeps
 * successful runs quiet.
 */
package dev.wheelhouse.runs.watch;
