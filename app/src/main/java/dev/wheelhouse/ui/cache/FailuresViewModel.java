package dev.wheelhouse.ui.cache;

import dev.wheelhouse.history.CellFailures;
import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Supplier;

/**
 * The Failures section beside the trends: how often each cell of the workflow shown failed over
 * its last {@value #RUNS} runs, and with what ("windows-latest cp312: test-failure in 3 of the
 * last 10 runs"), the most failed first. Follows the trends' repository and workflow; every read
 * runs in the background, and an answer for an earlier choice is dropped.
 */
public final class FailuresViewModel {

    static final int RUNS = 10;

    private final TaskExecutor executor;
    private final Supplier<HistoryStore> history;
    private final ObservableList<CellFailures> cells = FXCollections.observableArrayList();
    private final ObservableList<CellFailures> cellsView = FXCollections.unmodifiableObservableList(cells);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private String repo;
    private String workflow;
    private int asked;

    public FailuresViewModel(TaskExecutor executor, Supplier<HistoryStore> history) {
        this.executor = executor;
        this.history = history;
    }

    /** Shows the cells of {@code workflow} in {@code repo} (either null: nothing to show). */
    public void show(String repo, String workflow) {
        this.repo = repo;
        this.workflow = workflow;
        refresh();
    }

    public void refresh() {
        int mine = ++asked;
        if (repo == null || workflow == null) {
            cells.clear();
            message.set("");
            return;
        }
        String r = repo;
        String w = workflow;
        executor.execute(BackgroundTask.of("Reading how often each cell failed",
                        () -> history.get().cellFailures(r, w, RUNS))
                .onSuccess(rows -> {
                    if (mine == asked) {
                        shown(rows);
                    }
                })
                .onFailure(e -> {
                    if (mine == asked) {
                        cells.clear();
                        message.set("The history could not be read: " + e.getMessage());
                    }
                }));
    }

    private void shown(List<CellFailures> rows) {
        cells.setAll(rows);
        long failing = rows.stream().filter(c -> c.failed() > 0).count();
        message.set(rows.isEmpty() ? "No runs of this workflow are in the history yet."
                : failing == 0 ? "No cell failed in the last " + RUNS + " runs."
                : failing + (failing == 1 ? " cell" : " cells") + " failed in the last " + RUNS + " runs.");
    }

    /** The cells, the most failed first. */
    public ObservableList<CellFailures> cells() {
        return cellsView;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
