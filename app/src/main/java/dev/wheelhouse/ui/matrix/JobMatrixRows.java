package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.ui.grid.GridState;
import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.MatrixSpec;
import dev.wheelhouse.workflow.WorkflowParseException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * What the editor shows of the selected matrix job: the grid, the expanded jobs with the wheels
 * each builds, its problems, include and exclude entries, vectors, the job count and a note when
 * the matrix is a shared anchor. Filled from one {@link EditorSnapshot} at a time, on the UI thread.
 */
public final class JobMatrixRows {

    private final ObservableList<JobRow> jobs = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<EntryRow> includes = FXCollections.observableArrayList();
    private final ObservableList<EntryRow> excludes = FXCollections.observableArrayList();
    private final ObservableList<VectorRow> vectors = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper jobCount = new ReadOnlyStringWrapper(this, "jobCount", "");
    private final ReadOnlyStringWrapper aliasNote = new ReadOnlyStringWrapper(this, "aliasNote", "");
    private final GridState grid = new GridState();

    // Handed-out views are kept: an unmodifiable wrapper listens weakly, so a fresh one per call
    // could be collected together with the listeners a view added to it.
    private final ObservableList<JobRow> jobsView = FXCollections.unmodifiableObservableList(jobs);
    private final ObservableList<ProblemRow> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<EntryRow> includesView = FXCollections.unmodifiableObservableList(includes);
    private final ObservableList<EntryRow> excludesView = FXCollections.unmodifiableObservableList(excludes);
    private final ObservableList<VectorRow> vectorsView = FXCollections.unmodifiableObservableList(vectors);

    void show(EditorSnapshot next, List<String> alsoChanged) {
        if (next.selected().isEmpty()) {
            grid.clear();
            jobs.clear();
            problems.setAll(ReportRows.problems(next.document().problems()));
            includes.clear();
            excludes.clear();
            vectors.clear();
            jobCount.set("");
            aliasNote.set("");
            return;
        }
        JobMatrixReport r = next.selected().get();
        MatrixSpec spec = r.job().matrix().orElseThrow();
        // Rows first: the grid's cells read them when the layout changes.
        jobs.setAll(ReportRows.jobs(r, next.wheels()));
        grid.show(spec, r.expansion());
        // The job's problems, and the file's elsewhere: GitHub refuses the whole workflow for either.
        List<dev.wheelhouse.workflow.Problem> all = new java.util.ArrayList<>(r.problems());
        next.document().problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
        all.sort(java.util.Comparator.comparingInt(dev.wheelhouse.workflow.Problem::line)
                .thenComparingInt(dev.wheelhouse.workflow.Problem::column));
        problems.setAll(ReportRows.problems(all));
        includes.setAll(ReportRows.entries(spec, EntryRow.Kind.INCLUDE, r.expansion()));
        excludes.setAll(ReportRows.entries(spec, EntryRow.Kind.EXCLUDE, r.expansion()));
        vectors.setAll(ReportRows.vectors(spec));
        jobCount.set(ReportRows.count(r.expansion()));
        aliasNote.set(aliasNote(spec));
    }

    /**
     * A file that could not be opened: its problem, where it has a position, heads the Problems
     * tab (named, since the grid may still show the document open before).
     */
    void showUnreadable(String fileName, Throwable error) {
        if (error instanceof WorkflowParseException parse) {
            problems.setAll(new ProblemRow(true, parse.line(), parse.column(), fileName + ": " + parse.problem()));
        } else {
            problems.setAll(new ProblemRow(true, 1, 1, fileName + ": " + error.getMessage()));
        }
    }

    private static String aliasNote(MatrixSpec spec) {
        if (spec.sharedWith().isEmpty()) {
            return "";
        }
        String where = spec.anchor().map(a -> "the anchor &" + a).orElse("a shared anchor");
        return "This matrix is " + where + "; edits also change job" + (spec.sharedWith().size() == 1 ? " " : "s ")
                + String.join(", ", spec.sharedWith()) + ".";
    }

    public GridState grid() {
        return grid;
    }

    public ObservableList<JobRow> jobs() {
        return jobsView;
    }

    public ObservableList<ProblemRow> problems() {
        return problemsView;
    }

    public ObservableList<EntryRow> includes() {
        return includesView;
    }

    public ObservableList<EntryRow> excludes() {
        return excludesView;
    }

    public ObservableList<VectorRow> vectors() {
        return vectorsView;
    }

    public ReadOnlyStringProperty jobCountProperty() {
        return jobCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty aliasNoteProperty() {
        return aliasNote.getReadOnlyProperty();
    }
}
