/**
 * Workflow runs: dispatching them, watching them live, and reading how sccache did in their jobs.
 * No JavaFX here: state arrives as immutable snapshots through listener interfaces, and a view
 * model moves each onto the FX thread itself ({@code Platform.runLater}).
 *
 * <h2>Wiring (once per app)</h2>
 * <pre>{@code
 * RunMonitor monitor = RunMonitor.create(client, ExecutorPollTimer.systemClock(), PollPolicy.defaults(),
 *         LogCache.openDefault(), new HistoryRunArchive(HistoryStore.openDefault(), Clock.systemUTC()),
 *         dispatchLog, Executors.newFixedThreadPool(2));   // the last: where job logs are fetched and scanned
 * }</pre>
 * Against the sandbox, {@code PollPolicy.defaults().scaled(1 / speed)} polls its faster runs as often
 * as a real run would be. {@link dev.wheelhouse.runs.RunMonitor} owns the one {@link dev.wheelhouse.runs.PollScheduler} every open
 * run shares, the {@link dev.wheelhouse.runs.JobStatsCollector} with its size-capped
 * {@link dev.wheelhouse.runs.LogCache}, the history ({@link dev.wheelhouse.runs.RunArchive}) and the
 * notification events. Close it on exit.
 *
 * <h2>The runs list ({@code ui.runs})</h2>
 * {@code monitor.runs().page(repo, "release.yml", RunsFilter.any().branch(b).status(s).event(e), page)}
 * gives a {@link dev.wheelhouse.runs.RunsPage} of {@link dev.wheelhouse.runs.RunInfo}s: status,
 * conclusion, branch, event, actor, start, {@code elapsed(now)}, attempt. It blocks on the network:
 * call it from a {@code Task}.
 *
 * <h2>A run tab</h2>
 * {@code RunWatcher w = monitor.watch(RunRef.latest(repo, runId))} (the same run opened twice is one
 * watcher; {@link dev.wheelhouse.runs.RunRef#attempt} opens an earlier attempt, read once).
 * {@code w.subscribe(listener)} hands over the current {@link dev.wheelhouse.runs.RunSnapshot} and
 * every later one, never an older after a newer, on a poller thread; {@code problem(message,
 * stopped)} carries a failed update, written for the user. {@code w.close()} when the tab closes.
 * <ul>
 * <li>{@code snapshot.run()}: the attempt shown; {@code summaryLine(now)} is
 *     {@code 14/20 done · 2 failed · 4 running · 12:31}. Every elapsed time takes {@code now} on the
 *     server's clock ({@code Connection.clock()}: the sandbox stamps runs with its simulated time,
 *     faster than the wall clock); {@code observedAt} is the poller's wall-clock time.</li>
 * <li>{@code snapshot.layout().matrices()}: one {@link dev.wheelhouse.runs.MatrixCells} per matrix
 *     job; lay the grid out with {@code MatrixGridLayout.of(cells.spec().get(), cells.expansion(), row,
 *     column, fixed)} exactly as the editor does, and for each {@code GridCell.jobIndexes()} ask
 *     {@code cells.runJobAt(index)} then {@code snapshot.job(id)}. Jobs were matched by the display
 *     names the workflow renders at the run's commit, never by splitting a name.</li>
 * <li>{@code snapshot.layout().strip()}: jobs without a matrix in {@code needs} order, then run jobs
 *     nothing explained; {@code layout().problem()} says why the grid is partial, if it is.</li>
 * <li>{@link dev.wheelhouse.runs.JobSnapshot}: status, conclusion, {@code duration(now)} (live while
 *     running), runner, steps with {@code duration(now)}, {@code htmlUrl} for "open in browser" and
 *     "copy URL".</li>
 * <li>{@code snapshot.statsOf(jobId)}: a {@link dev.wheelhouse.runs.JobStats} once the job has
 *     completed and its figures were read: {@code summary().hitRate()} for the heat colour,
 *     {@code summary().totals()} for the hover, {@code source()} (annotation, log or history),
 *     {@code problem()} when they could not be read. {@code w.loadJobDetails(jobId)} reads the log
 *     (from the cache when it can) for per-language figures and diagnoses: the answer is a new
 *     snapshot. {@code snapshot.cacheSummary()} totals the run; {@code snapshot.comparison()} is the
 *     cold-versus-warm comparison with the workflow's previous run, once every figure is in.</li>
 * </ul>
 *
 * <h2>Actions</h2>
 * {@code monitor.actions()}: {@code cancel}, {@code forceCancel}, {@code rerunAll}, {@code rerunFailed},
 * {@code rerunJob(watcher, jobId)}. They block on the network (call from a {@code Task}), check the
 * run's state first, and throw {@code GitHubException} with {@code userMessage()} for a dialog; the
 * watcher polls again at once either way.
 *
 * <h2>Status bar, pausing, notifications</h2>
 * <ul>
 * <li>{@code monitor.scheduler().subscribe(status -> …)}: {@link dev.wheelhouse.runs.PollStatus}
 *     (paused, held by a rate limit until, unreachable, runs watched, last problem);
 *     {@code monitor.client().rateLimit()} and {@code activity()} give the budget and the retries.</li>
 * <li>{@code monitor.scheduler().pause(PauseReason.MINIMIZED)} when the window is iconified,
 *     {@code resume(…)} when it is back; {@code OFFLINE} likewise. Resuming polls every run at once.</li>
 * <li>{@code monitor.onEvents(RunEventListener)}: run completed, job failed, only for changes seen
 *     while watching; {@code monitor.notificationSettings(NotificationSettings.FAILURES_ONLY)} keeps
 *     successful runs quiet.</li>
 * </ul>
 *
 * <h2>Cost</h2>
 * A watched run costs about one counted request per change of its jobs: each poll asks only for
 * the jobs list, conditionally (a 304 is free), and the run itself only when the jobs say it may
 * have changed; completed jobs are never asked for again; the wait between polls grows while
 * nothing changes. Cache figures cost one annotations request per completed job, and its log only
 * when the annotations give none (or only "nothing compiled", which the log explains).
 */
package dev.wheelhouse.runs;
