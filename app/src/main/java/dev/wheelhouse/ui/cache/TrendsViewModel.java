package dev.wheelhouse.ui.cache;

import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.history.TrendPoint;
import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The Trends section: hit rate and job durations per run of one workflow, from the history store
 * (so they outlive GitHub's log retention), over all jobs or split by runner OS, and the figures
 * of one chosen run against the run before it.
 *
 * <p>The workflow and the split are the user's choices (plain properties the view binds to);
 * everything else is read-only. Every history read runs in a background task; a refresh asked
 * while one is running runs once more after it, so a burst of finished jobs costs two reads.
 */
public final class TrendsViewModel {

    static final String NOT_CONNECTED = "Connect to a repository in Settings to see its cache trends.";
    /** The newest runs looked at for one still in progress: only recent runs can be. */
    private static final int RUNS_CHECKED = 20;

    private final TaskExecutor executor;
    private final Supplier<HistoryStore> history;

    private final ObservableList<String> workflows = FXCollections.observableArrayList();
    private final ObjectProperty<String> workflow = new SimpleObjectProperty<>(this, "workflow");
    private final BooleanProperty byRunnerOs = new SimpleBooleanProperty(this, "byRunnerOs");
    private final ObjectProperty<TrendChart.Run> selectedRun = new SimpleObjectProperty<>(this, "selectedRun");
    private final ReadOnlyObjectWrapper<TrendChart> chart = new ReadOnlyObjectWrapper<>(this, "chart",
            TrendChart.EMPTY);
    private final ReadOnlyObjectWrapper<RunCacheDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", NOT_CONNECTED);
    private final ReadOnlyStringWrapper hitRateNote = new ReadOnlyStringWrapper(this, "hitRateNote", "");
    private final ReadOnlyStringWrapper runningNote = new ReadOnlyStringWrapper(this, "runningNote", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    private String repository;
    private boolean applying;
    private boolean reloadAsked;
    private long generation;

    public TrendsViewModel(TaskExecutor executor, Supplier<HistoryStore> history) {
        this.executor = executor;
        this.history = history;
        workflow.addListener((obs, old, value) -> {
            if (!applying && value != null && !value.equals(old)) {
                selectedRun.set(null);
                refresh();
            }
        });
        byRunnerOs.addListener((obs, old, value) -> {
            if (!applying) {
                refresh();
            }
        });
        selectedRun.addListener((obs, old, run) -> {
            if (!applying) {
                loadDetail(run);
            }
        });
    }

    /** The repository whose runs to show ({@code owner/name}); null when there is no connection. */
    public void showRepository(String fullName) {
        if (fullName != null && fullName.equals(repository)) {
            return;
        }
        repository = fullName;
        generation++;
        applying = true;
        workflows.clear();
        workflow.set(null);
        selectedRun.set(null);
        applying = false;
        chart.set(TrendChart.EMPTY);
        detail.set(null);
        error.set("");
        hitRateNote.set("");
        runningNote.set("");
        emptyMessage.set(fullName == null ? NOT_CONNECTED : "Reading the history of " + fullName + "…");
        if (fullName != null) {
            refresh();
        }
    }

    /** Reads the workflows and the chosen workflow's trend again (a run was recorded, the user asked). */
    public void refresh() {
        if (repository == null) {
            return;
        }
        if (loading.get()) {
            reloadAsked = true;
            return;
        }
        String repo = repository;
        String wanted = workflow.get();
        boolean split = byRunnerOs.get();
        List<TrendChart.Run> runs = chart.get().runs();
        // Whoever looks at the newest run follows the newest; an older run chosen stays chosen.
        TrendChart.Run chosenRun = runs.isEmpty() || runs.get(runs.size() - 1).equals(selectedRun.get()) ? null
                : selectedRun.get();
        long asked = generation;
        loading.set(true);
        executor.execute(BackgroundTask.of("Reading the cache trends", () -> read(repo, wanted, split, chosenRun))
                .onSuccess(loaded -> {
                    if (asked == generation) {
                        apply(loaded);
                    }
                })
                .onFailure(e -> {
                    if (asked == generation) {
                        error.set(UserMessages.describe(e));
                    }
                })
                .onFinished(() -> {
                    loading.set(false);
                    if (reloadAsked) {
                        reloadAsked = false;
                        refresh();
                    }
                }));
    }

    private record Loaded(String repo, List<String> workflows, String workflow, TrendChart chart,
                          RunCacheDetail latest, int running) {
    }

    private Loaded read(String repo, String wanted, boolean split, TrendChart.Run chosenRun) {
        HistoryStore store = history.get();
        List<String> known = store.workflows(repo);
        String chosen = wanted != null && known.contains(wanted) ? wanted : known.isEmpty() ? null : known.get(0);
        if (chosen == null) {
            return new Loaded(repo, known, null, TrendChart.EMPTY, null, 0);
        }
        // A run still going has only its finished jobs recorded: its point would be half a run.
        Set<String> running = store.runs(repo, chosen, RUNS_CHECKED).stream()
                .filter(r -> !"completed".equals(r.status())).map(r -> r.runId() + "/" + r.attempt())
                .collect(Collectors.toSet());
        List<TrendPoint> points = store.trend(repo, chosen, split).stream()
                .filter(p -> !running.contains(p.runId() + "/" + p.attempt())).toList();
        TrendChart read = TrendChart.of(points, split);
        TrendChart.Run shown = chosenRun != null && read.runs().contains(chosenRun) ? chosenRun
                : read.runs().isEmpty() ? null : read.runs().get(read.runs().size() - 1);
        RunCacheDetail latest = shown == null ? null : RunCacheDetail.read(store, read, shown);
        return new Loaded(repo, known, chosen, read, latest, running.size());
    }

    private void apply(Loaded loaded) {
        error.set("");
        applying = true;
        try {
            if (!workflows.equals(loaded.workflows())) {
                workflows.setAll(loaded.workflows());
            }
            workflow.set(loaded.workflow());
            chart.set(loaded.chart());
            selectedRun.set(loaded.latest() == null ? null : loaded.latest().run());
        } finally {
            applying = false;
        }
        detail.set(loaded.latest());
        runningNote.set(loaded.running() == 0 ? "" : loaded.running() == 1
                ? "A run is still going: it joins the trend when it completes."
                : loaded.running() + " runs are still going: they join the trend when they complete.");
        if (loaded.workflow() == null) {
            emptyMessage.set("No runs of " + loaded.repo() + " are in the history yet. Run the workflow to see "
                    + "trends: each run watched in Runs adds a point here, kept after GitHub deletes its logs.");
        } else if (loaded.chart().isEmpty()) {
            emptyMessage.set("The first run of " + loaded.workflow().substring(loaded.workflow().lastIndexOf('/') + 1)
                    + " is still going: it joins the trend when it completes.");
        } else {
            emptyMessage.set("");
        }
        hitRateNote.set(loaded.workflow() != null && !loaded.chart().hasHitRates()
                ? "No sccache figures in these runs yet: they are read from each job's log as the job completes, "
                + "and a job that compiled nothing through sccache has no rate." : "");
    }

    private void loadDetail(TrendChart.Run run) {
        if (run == null) {
            detail.set(null);
            return;
        }
        TrendChart current = chart.get();
        long asked = generation;
        executor.execute(BackgroundTask.of("Reading " + run.label() + " from the history",
                        () -> RunCacheDetail.read(history.get(), current, run))
                .onSuccess(read -> {
                    if (asked == generation && run.equals(selectedRun.get())) {
                        detail.set(read);
                    }
                })
                .onFailure(e -> error.set(UserMessages.describe(e))));
    }

    /** The workflows with runs in the history, the one run most recently first. */
    public ObservableList<String> workflows() {
        return FXCollections.unmodifiableObservableList(workflows);
    }

    /** The workflow shown (its path, {@code .github/workflows/release.yml}); the user may choose another. */
    public ObjectProperty<String> workflowProperty() {
        return workflow;
    }

    /** One series per runner OS instead of one over all jobs. */
    public BooleanProperty byRunnerOsProperty() {
        return byRunnerOs;
    }

    /** The run whose figures {@link #detailProperty()} shows; the newest after each refresh until chosen. */
    public ObjectProperty<TrendChart.Run> selectedRunProperty() {
        return selectedRun;
    }

    public ReadOnlyObjectProperty<TrendChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The selected run's figures, languages and comparison; null when no run is selected. */
    public ReadOnlyObjectProperty<RunCacheDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** What to do to see a trend, when there is none to show; empty otherwise. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** Why the hit-rate chart is empty while the durations are not; empty otherwise. */
    public ReadOnlyStringProperty hitRateNoteProperty() {
        return hitRateNote.getReadOnlyProperty();
    }

    /** Runs recorded but still going, left out of the chart until they complete; empty when none. */
    public ReadOnlyStringProperty runningNoteProperty() {
        return runningNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
