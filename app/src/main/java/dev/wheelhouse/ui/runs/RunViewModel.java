package dev.wheelhouse.ui.runs;

import dev.wheelhouse.failures.FailureGroup;
import dev.wheelhouse.ui.logs.LogRequest;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.JobStats;
import dev.wheelhouse.runs.model.MatrixCells;
import dev.wheelhouse.runs.model.RunRef;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.poll.Subscription;
import dev.wheelhouse.runs.watch.RunWatchListener;
import dev.wheelhouse.runs.watch.RunWatcher;
import dev.wheelhouse.ui.connection.MonitoredRepository;
import dev.wheelhouse.ui.grid.GridState;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import dev.wheelhouse.workflow.grid.GridCell;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One run tab's state: the latest snapshot of the attempt shown, the grid of its matrix jobs, the
 * strip, the selected job's details, the summary line ticking on the server's clock, and the
 * actions. Snapshots arrive on the poller thread and are published on the UI thread; actions run
 * as background tasks.
 */
public final class RunViewModel implements AutoCloseable {

    private final TaskExecutor executor;
    private final MonitoredRepository repository;
    private final long runId;
    private final ReadOnlyObjectWrapper<RunSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "Loading the run…");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<StatusBadge> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusBadge.QUEUED);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper cacheLine = new ReadOnlyStringWrapper(this, "cacheLine", "");
    private final ReadOnlyStringWrapper comparisonLine = new ReadOnlyStringWrapper(this, "comparisonLine", "");
    private final ReadOnlyStringWrapper dispatchLine = new ReadOnlyStringWrapper(this, "dispatchLine", "");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final ReadOnlyBooleanWrapper rerunnable = new ReadOnlyBooleanWrapper(this, "rerunnable");
    private final ReadOnlyBooleanWrapper hasFailures = new ReadOnlyBooleanWrapper(this, "hasFailures");
    private final ReadOnlyBooleanWrapper canRerunSelectedJob = new ReadOnlyBooleanWrapper(this, "canRerunSelectedJob");
    private final ReadOnlyIntegerWrapper shownAttempt = new ReadOnlyIntegerWrapper(this, "shownAttempt");
    private final ObservableList<Integer> attempts = FXCollections.observableArrayList();
    private final ObservableList<StripItem> strip = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<JobDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final RunMatrixGrid matrix = new RunMatrixGrid();
    private final RunReasons reasons = new RunReasons();
    // Kept: an unmodifiable wrapper listens weakly, so a fresh one per call could be collected.
    private final ObservableList<Integer> attemptsView = FXCollections.unmodifiableObservableList(attempts);
    private final ObservableList<StripItem> stripView = FXCollections.unmodifiableObservableList(strip);
    private final Set<Long> detailsAsked = new HashSet<>();
    private final RunCommands commands;
    private RunWatcher watcher;
    private Subscription subscription;
    private Long selectedJobId;
    private String selectedJobName;
    private boolean closed;

    public RunViewModel(TaskExecutor executor, MonitoredRepository repository, long runId) {
        this.executor = executor;
        this.repository = repository;
        this.runId = runId;
        this.title.set("Run " + runId);
        this.now.set(repository.clock().instant());
        this.commands = new RunCommands(executor, repository.monitor().actions(), () -> watcher, shownAttempt::get);
        watch(RunRef.latest(repository.repository(), runId));
        readDispatch();
    }

    /** GitHub's run does not carry the inputs it was dispatched with; the local dispatch log does. */
    private void readDispatch() {
        String repo = repository.repository().fullName();
        executor.execute(BackgroundTask.of("Reading how run " + runId + " was dispatched",
                        () -> repository.dispatches().forRun(repo, runId))
                .onSuccess(record -> {
                    if (!closed) {
                        dispatchLine.set(record.map(DispatchLines::of).orElse(""));
                    }
                })
                // The line is a courtesy: a history that cannot be read costs the line, not the tab.
                .onFailure(e -> dispatchLine.set("")));
    }

    private void watch(RunRef ref) {
        watcher = repository.monitor().watch(ref);
        RunWatcher mine = watcher;
        subscription = watcher.subscribe(new RunWatchListener() {
            @Override
            public void snapshot(RunSnapshot s) {
                executor.runOnUiThread(() -> {
                    if (!closed && watcher == mine) {
                        apply(s);
                    }
                });
            }

            @Override
            public void problem(String message, boolean stopped) {
                executor.runOnUiThread(() -> {
                    if (!closed && watcher == mine) {
                        problem.set(stopped ? "Updates stopped: " + message : message);
                    }
                });
            }
        });
    }

    public long runId() {
        return runId;
    }

    /** Where the run tab's background work runs (the log viewer's too). */
    public TaskExecutor executor() {
        return executor;
    }

    private void apply(RunSnapshot s) {
        snapshot.set(s);
        problem.set(s.layout().problem().orElse(""));
        shownAttempt.set(s.run().attempt());
        if (watcher.ref().attempt().isEmpty() && attempts.size() != s.run().attempt()) {
            attempts.setAll(IntStream.rangeClosed(1, s.run().attempt()).boxed().toList());
        }
        boolean latest = watcher.ref().attempt().isEmpty();
        cancellable.set(latest && !s.run().completed());
        rerunnable.set(latest && s.run().completed());
        hasFailures.set(s.jobs().stream().anyMatch(j -> j.failed() || "cancelled".equals(j.conclusion())));
        heading.set(RunHeadings.of(s.run()));
        matrix.show(s);
        reasons.update(s);
        followSelectionAcrossAttempts(s);
        refreshTimes();
        cacheLine.set(CacheLines.run(s.cacheSummary()));
        comparisonLine.set(CacheLines.comparison(s.comparison()).orElse(""));
        askForDetails(s);
        if (latest) {
            commands.runChanged(s.run().attempt(), s.run().completed());
        }
    }

    /** A re-run gives the job a new id; the selection stays on the job of the same name. */
    private void followSelectionAcrossAttempts(RunSnapshot s) {
        if (selectedJobId != null && s.job(selectedJobId).isEmpty() && selectedJobName != null) {
            s.jobs().stream().filter(j -> j.name().equals(selectedJobName)).findFirst()
                    .ifPresent(j -> selectedJobId = j.id());
        }
    }

    /** Moves "now" to the server clock: the summary and every live time tick. */
    public void tick() {
        now.set(repository.clock().instant());
        refreshTimes();
    }

    private void refreshTimes() {
        RunSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        Instant at = now.get();
        summary.set(s.summaryLine(at));
        status.set(StatusBadge.of(s.run().status(), s.run().conclusion()));
        List<StripItem> items = RunGridCells.strip(s, at);
        if (!items.equals(strip)) {
            strip.setAll(items);
        }
        detail.set(selectedJobId == null ? null : JobDetails.of(s, selectedJobId, at).orElse(null));
        canRerunSelectedJob.set(rerunnable.get() && detail.get() != null);
    }

    /** What the cell at a grid position shows now. */
    public RunCell cell(int row, int column) {
        RunSnapshot s = snapshot.get();
        GridCell at = matrix.grid().cellAt(row, column);
        Optional<MatrixCells> cells = s == null ? Optional.empty() : matrix.cells(s);
        if (at == null || cells.isEmpty()) {
            return new RunCell(StatusBadge.NONE, "", Optional.empty(), "", "", Optional.empty(), 0);
        }
        return RunGridCells.cell(at, cells.get(), s, now.get(), reasons.chosen());
    }

    // ---- selection ----------------------------------------------------------------------

    /** Selects the job in a grid cell (the first one when duplicates share it). */
    public void selectCell(int row, int column) {
        cell(row, column).jobId().ifPresent(this::selectJob);
    }

    public void selectJob(long jobId) {
        RunSnapshot s = snapshot.get();
        if (s == null || s.job(jobId).isEmpty()) {
            return;
        }
        selectedJobId = jobId;
        selectedJobName = s.job(jobId).get().name();
        refreshTimes();
        askForDetails(s);
    }

    /**
     * The per-language figures and diagnoses live in the job log; the notice has only the totals.
     * The log is read (once, from the log cache when it can) when a completed job is selected.
     */
    private void askForDetails(RunSnapshot s) {
        if (selectedJobId == null) {
            return;
        }
        Optional<JobSnapshot> job = s.job(selectedJobId);
        Optional<JobStats> stats = s.statsOf(selectedJobId);
        boolean onlyTotals = stats.isEmpty() || stats.get().source() == JobStats.Source.ANNOTATION;
        if (job.isPresent() && job.get().ranOnRunner() && onlyTotals && detailsAsked.add(selectedJobId)) {
            watcher.loadJobDetails(selectedJobId);
        }
    }

    /** The failed jobs' reasons grouped across cells, the largest first (the run summary lists them). */
    public ObservableList<FailureGroup> reasons() {
        return reasons.list();
    }

    /** Outlines a reason's cells and shows its first job; the view redraws the grid. */
    public void selectReason(FailureGroup group) {
        reasons.chooseFirstJob(group, snapshot.get()).ifPresent(this::selectJob);
    }

    /** What the log viewer needs to open a job's log: from the log cache, else downloaded into it. */
    public Optional<LogRequest> logRequest(long jobId, long line) {
        return JobLogRequests.of(repository, snapshot.get(), jobId, line);
    }

    public void selectMatrix(String workflowJobId) {
        matrix.select(workflowJobId, snapshot.get());
    }

    /** Shows another attempt: an earlier one is read once, the latest is watched live. */
    public void selectAttempt(int attempt) {
        RunSnapshot s = snapshot.get();
        int latest = attempts.isEmpty() ? 1 : attempts.get(attempts.size() - 1);
        if (s == null || attempt == s.run().attempt() || attempt < 1 || attempt > latest) {
            return;
        }
        subscription.close();
        watcher.close();
        detailsAsked.clear();
        watch(attempt == latest ? RunRef.latest(repository.repository(), runId)
                : RunRef.attempt(repository.repository(), runId, attempt));
    }

    // ---- actions ------------------------------------------------------------------------

    /** Cancel, force-cancel and the re-runs, on the attempt shown. */
    public RunCommands commands() {
        return commands;
    }

    /** Re-runs the selected job and, as GitHub does, the jobs that need it. */
    public void rerunSelectedJob() {
        commands.rerunJob(selectedJobId, selectedJobName);
    }

    /** Polls now. */
    public void refresh() {
        watcher.refresh();
    }

    @Override
    public void close() {
        closed = true;
        subscription.close();
        watcher.close();
    }

    // ---- properties ---------------------------------------------------------------------

    public ReadOnlyObjectProperty<RunSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The server's "now" the times are shown at; moves on every {@link #tick()}. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** {@code 14/20 done · 2 failed · 4 running · 12:31}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusBadge> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the grid is partial or updates failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }



    public ReadOnlyStringProperty cacheLineProperty() {
        return cacheLine.getReadOnlyProperty();
    }

    /** Cold versus warm against the workflow's previous run, or empty until every figure is in. */
    /** How this run was dispatched from here (ref, time, inputs); empty when it was not. */
    public ReadOnlyStringProperty dispatchLineProperty() {
        return dispatchLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty comparisonLineProperty() {
        return comparisonLine.getReadOnlyProperty();
    }

    /** The latest attempt is shown and still going. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** The latest attempt is shown and has completed. */
    public ReadOnlyBooleanProperty rerunnableProperty() {
        return rerunnable.getReadOnlyProperty();
    }

    /**
     * A job is selected and the latest attempt, shown, has completed (GitHub re-runs a job only
     * then): the one rule for every "Re-run job" button of the tab.
     */
    public ReadOnlyBooleanProperty canRerunSelectedJobProperty() {
        return canRerunSelectedJob.getReadOnlyProperty();
    }

    /** Some job failed or was cancelled: "re-run failed jobs" has something to do. */
    public ReadOnlyBooleanProperty hasFailuresProperty() {
        return hasFailures.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shownAttemptProperty() {
        return shownAttempt.getReadOnlyProperty();
    }

    public ObservableList<Integer> attempts() {
        return attemptsView;
    }

    /** The workflow's matrix jobs (most workflows have one); the grid shows the selected one. */
    public ObservableList<String> matrixJobs() {
        return matrix.matrixJobs();
    }

    public ReadOnlyStringProperty selectedMatrixProperty() {
        return matrix.selectedProperty();
    }

    public GridState grid() {
        return matrix.grid();
    }

    public ObservableList<StripItem> strip() {
        return stripView;
    }

    /** The selected job, or null. */
    public ReadOnlyObjectProperty<JobDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The run's page on GitHub, once loaded. */
    public Optional<String> htmlUrl() {
        return Optional.ofNullable(snapshot.get()).map(s -> s.run().htmlUrl());
    }
}
