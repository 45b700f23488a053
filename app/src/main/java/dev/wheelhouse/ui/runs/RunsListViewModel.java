package dev.wheelhouse.ui.runs;

import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.WorkflowSummary;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.runs.list.RunsFilter;
import dev.wheelhouse.runs.list.RunsPage;
import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The runs list: a workflow of the connected repository (the one the editor has open, else
 * release.yml, else the first), filtered by branch, status and event, a page at a time. Every page
 * is a conditional request, so refreshing an unchanged list costs nothing against the rate limit.
 */
public final class RunsListViewModel {

    /** GitHub's run statuses and conclusions, both of which the {@code status} filter takes. */
    public static final List<String> STATUSES = List.of("queued", "in_progress", "completed", "success", "failure",
            "cancelled", "skipped", "timed_out", "action_required", "waiting");
    /** The events a release workflow usually runs on. */
    public static final List<String> EVENTS = List.of("workflow_dispatch", "push", "pull_request", "release",
            "schedule", "workflow_run");
    static final String FALLBACK_WORKFLOW = "release.yml";

    private final TaskExecutor executor;
    private final Supplier<Optional<String>> editorWorkflow;
    private final ObservableList<WorkflowSummary> workflows = FXCollections.observableArrayList();
    private final ObservableList<String> branches = FXCollections.observableArrayList();
    private final ObservableList<RunInfo> runs = FXCollections.observableArrayList();
    private final ObservableList<WorkflowSummary> workflowsView = FXCollections.unmodifiableObservableList(workflows);
    private final ObservableList<String> branchesView = FXCollections.unmodifiableObservableList(branches);
    private final ObservableList<RunInfo> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyObjectWrapper<WorkflowSummary> workflow = new ReadOnlyObjectWrapper<>(this, "workflow");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now", Instant.EPOCH);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper(this, "pageText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private MonitoredRepository repository;
    private RunsFilter filter = RunsFilter.any();
    private int page = 1;
    private long generation;
    private int running;
    private final Clock wall;
    private Instant lastRead = Instant.MIN;

    /** @param editorWorkflow the file name of the workflow the editor has open, if any */
    public RunsListViewModel(TaskExecutor executor, Supplier<Optional<String>> editorWorkflow) {
        this(executor, editorWorkflow, Clock.systemUTC());
    }

    RunsListViewModel(TaskExecutor executor, Supplier<Optional<String>> editorWorkflow, Clock wall) {
        this.executor = executor;
        this.editorWorkflow = editorWorkflow;
        this.wall = wall;
    }

    /** A new connection (or none): lists its workflows and branches, then the runs. */
    public void connect(MonitoredRepository next) {
        long mine = ++generation;
        repository = next;
        workflows.clear();
        branches.clear();
        runs.clear();
        workflow.set(null);
        pageText.set("");
        error.set("");
        if (next == null) {
            return;
        }
        started();
        executor.execute(BackgroundTask.of("Listing workflows", () -> new Listing(
                next.monitor().client().workflows(next.repository()), next.monitor().client().branches(next.repository())))
                .onSuccess(listing -> {
                    if (mine != generation) {
                        return;
                    }
                    workflows.setAll(listing.workflows());
                    branches.setAll(listing.branches());
                    workflow.set(preferred(listing.workflows()).orElse(null));
                    if (workflow.get() == null) {
                        error.set(next.repository().fullName() + " has no workflows yet.");
                    }
                    refresh();
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        error.set(describe(e));
                    }
                })
                .onFinished(this::finished));
    }

    private record Listing(List<WorkflowSummary> workflows, List<String> branches) {
    }

    private Optional<WorkflowSummary> preferred(List<WorkflowSummary> all) {
        Optional<String> open = editorWorkflow.get();
        return open.flatMap(name -> byFile(all, name))
                .or(() -> byFile(all, FALLBACK_WORKFLOW))
                .or(() -> all.stream().findFirst());
    }

    private static Optional<WorkflowSummary> byFile(List<WorkflowSummary> all, String fileName) {
        return all.stream().filter(w -> w.fileName().equals(fileName)).findFirst();
    }

    public void selectWorkflow(WorkflowSummary chosen) {
        if (chosen == null || chosen.equals(workflow.get())) {
            return;
        }
        workflow.set(chosen);
        page = 1;
        refresh();
    }

    /** The editor opened another workflow: show its runs when it is one of the repository's. */
    public void preferWorkflow(String fileName) {
        byFile(workflows, fileName).ifPresent(this::selectWorkflow);
    }

    /** Blank means any. */
    public void setFilter(String branch, String status, String event) {
        RunsFilter next = RunsFilter.any().branch(branch).status(status).event(event);
        if (next.equals(filter)) {
            return;
        }
        filter = next;
        page = 1;
        refresh();
    }

    public void nextPage() {
        if (hasNext.get()) {
            page++;
            refresh();
        }
    }

    public void previousPage() {
        if (page > 1) {
            page--;
            refresh();
        }
    }

    /** Reads the current page again. */
    public void refresh() {
        MonitoredRepository repo = repository;
        WorkflowSummary shown = workflow.get();
        if (repo == null || shown == null) {
            return;
        }
        long mine = ++generation;
        lastRead = wall.instant();
        RunsFilter asked = filter;
        int askedPage = page;
        started();
        executor.execute(BackgroundTask.of("Listing runs of " + shown.fileName(), () -> repo.monitor().runs()
                        .page(repo.repository(), shown.fileName(), asked, askedPage))
                .onSuccess(result -> {
                    if (mine != generation) {
                        return;
                    }
                    show(result);
                    now.set(repo.clock().instant());
                    error.set("");
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        error.set(describe(e));
                    }
                })
                .onFinished(this::finished));
    }

    /**
     * For a list in front of the user: reads it again when a run it shows has not finished and
     * the last read is at least {@code every} old, so statuses and durations do not go stale.
     * A list of finished runs is left alone (new runs come with Refresh or with a dispatch here).
     */
    public void refreshIfLive(Duration every) {
        if (busy.get() || runs.stream().allMatch(RunInfo::completed)) {
            return;
        }
        if (!wall.instant().isBefore(lastRead.plus(every))) {
            refresh();
        }
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    private void show(RunsPage result) {
        runs.setAll(result.runs());
        hasNext.set(result.hasNext());
        hasPrevious.set(result.hasPrevious());
        if (result.totalCount() == 0) {
            pageText.set(filter.equals(RunsFilter.any()) ? "No runs yet. Dispatch one." : "No run matches the filters.");
        } else {
            int first = (result.page() - 1) * result.perPage() + 1;
            pageText.set(first + "–" + (first + result.runs().size() - 1) + " of " + result.totalCount() + " runs");
        }
    }

    private static String describe(Throwable e) {
        return e instanceof GitHubException g ? g.userMessage() : UserMessages.describe(e);
    }

    public ObservableList<WorkflowSummary> workflows() {
        return workflowsView;
    }

    /** The repository's branches, for the branch filter. */
    public ObservableList<String> branches() {
        return branchesView;
    }

    public ObservableList<RunInfo> runs() {
        return runsView;
    }

    public ReadOnlyObjectProperty<WorkflowSummary> workflowProperty() {
        return workflow.getReadOnlyProperty();
    }

    /** The server's "now" when the page was read: the running runs' durations are measured to it. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public Optional<MonitoredRepository> repository() {
        return Optional.ofNullable(repository);
    }
}
