/**
 * Workflow runs: dispatching them, watching them live, and reading how sccache did in their jobs.
 * No JavaFX here: state arrives as immutable snapshots through listener interfaces, and a view
 * model moves each onto the FX thread itself ({@code Platform.runLater}).
 *
 * <p>The sub-packages, each depending only on those listed after it:
 * <ul>
 * <li>{@link dev.wheelhouse.runs.watch}: {@code RunMonitor} (one per connection) and the
 *     {@code RunWatcher} of each open run; re-runs and cancels; notification events.</li>
 * <li>{@link dev.wheelhouse.runs.catalog}: the workflows of a repository, read at a ref.</li>
 * <li>{@link dev.wheelhouse.runs.stats}: a completed job's sccache figures, from its annotations
 *     or its log, and the size-capped log cache.</li>
 * <li>{@link dev.wheelhouse.runs.archive}: what a watched run leaves in the history.</li>
 * <li>{@link dev.wheelhouse.runs.list}: a workflow's runs, a page at a time, with filters.</li>
 * <li>{@link dev.wheelhouse.runs.caches}: the repository's Actions cache (usage, entries, delete).</li>
 * <li>{@link dev.wheelhouse.runs.dispatch}: dispatch a workflow and find its run; push an edit to a
 *     branch first; the log of runs started here.</li>
 * <li>{@link dev.wheelhouse.runs.poll}: the one scheduler every watched run shares, its adaptive
 *     intervals and pauses.</li>
 * <li>{@link dev.wheelhouse.runs.model}: the immutable snapshots a run is seen as
 *     ({@code RunSnapshot}, {@code JobSnapshot}, the matrix layout of its jobs).</li>
 * <li>{@link dev.wheelhouse.runs.api}: the typed Actions REST calls over the client.</li>
 * </ul>
 *
 * <h2>Wiring (once per connection)</h2>
 * <pre>{@code
 * RunMonitor monitor = RunMonitor.create(client, ExecutorPollTimer.systemClock(), PollPolicy.defaults(),
 *         LogCache.openDefault(), new HistoryRunArchive(history, Clock.systemUTC()),
 *         dispatchLog, Executors.newFixedThreadPool(2));   // the last: where job logs are fetched and scanned
 * }</pre>
 * Against the sandbox, {@code PollPolicy.defaults().scaled(1 / speed)} polls its faster runs as often
 * as a real run would be.
 *
 * <h2>Cost</h2>
 * A watched run costs about one counted request per change of its jobs: each poll asks only for
 * the jobs list, conditionally (a 304 is free), and the run itself only when the jobs say it may
 * have changed; completed jobs are never asked for again; the wait between polls grows while
 * nothing changes. Cache figures cost one annotations request per completed job, and its log only
 * when the annotations give none (or only "nothing compiled", which the log explains).
 */
package dev.wheelhouse.runs;
