package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.github.RemoteFile;
import dev.wheelhouse.ui.grid.GridState;
import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.MatrixSpec;
import dev.wheelhouse.workflow.WorkflowParseException;
import dev.wheelhouse.workflow.edit.EditException;
import dev.wheelhouse.workflow.edit.EditHistory;
import dev.wheelhouse.workflow.edit.EditResult;
import dev.wheelhouse.workflow.edit.EntryList;
import dev.wheelhouse.workflow.edit.MatrixEdit;
import dev.wheelhouse.workflow.edit.MatrixEditor;
import dev.wheelhouse.workflow.edit.ValueLiteral;
import dev.wheelhouse.workflow.grid.GridCell;
import dev.wheelhouse.workflow.io.FileChangedOnDiskException;
import dev.wheelhouse.workflow.io.Fingerprint;
import dev.wheelhouse.workflow.io.LoadedWorkflow;
import dev.wheelhouse.workflow.io.WorkflowDisk;
import dev.wheelhouse.workflow.io.WorkflowFolder;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The matrix editor's state and actions, testable without a window. Parsing, expansion, edits
 * and file access run on the executor; their results are published here on the UI thread.
 * Edits apply one after another to the newest text, so quick clicks never race.
 */
public final class MatrixEditorViewModel {

    private final TaskExecutor executor;
    private final RecentFiles recentFiles;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "No workflow open");
    private final ObservableList<Path> folderWorkflows = FXCollections.observableArrayList();
    private final ObservableList<String> matrixJobs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selectedJob = new ReadOnlyStringWrapper(this, "selectedJob");
    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>(this, "banner");
    private final ReadOnlyStringWrapper aliasNote = new ReadOnlyStringWrapper(this, "aliasNote", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper documentOpen = new ReadOnlyBooleanWrapper(this, "documentOpen");
    private final ReadOnlyBooleanWrapper savable = new ReadOnlyBooleanWrapper(this, "savable");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper changedOnDisk = new ReadOnlyBooleanWrapper(this, "changedOnDisk");
    private final ReadOnlyStringWrapper diff = new ReadOnlyStringWrapper(this, "diff", "");
    private final ReadOnlyStringWrapper jobCount = new ReadOnlyStringWrapper(this, "jobCount", "");
    private final ReadOnlyStringWrapper lastEdit = new ReadOnlyStringWrapper(this, "lastEdit", "");
    private final ObservableList<JobRow> jobs = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<EntryRow> includes = FXCollections.observableArrayList();
    private final ObservableList<EntryRow> excludes = FXCollections.observableArrayList();
    private final ObservableList<VectorRow> vectors = FXCollections.observableArrayList();
    private final GridState grid = new GridState();

    // Handed-out views are kept: an unmodifiable wrapper listens weakly, so a fresh one per call
    // could be collected together with the listeners a view added to it.
    private final ObservableList<Path> folderWorkflowsView = FXCollections.unmodifiableObservableList(folderWorkflows);
    private final ObservableList<String> matrixJobsView = FXCollections.unmodifiableObservableList(matrixJobs);
    private final ObservableList<JobRow> jobsView = FXCollections.unmodifiableObservableList(jobs);
    private final ObservableList<ProblemRow> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<EntryRow> includesView = FXCollections.unmodifiableObservableList(includes);
    private final ObservableList<EntryRow> excludesView = FXCollections.unmodifiableObservableList(excludes);
    private final ObservableList<VectorRow> vectorsView = FXCollections.unmodifiableObservableList(vectors);

    private EditorSource source;
    private final java.util.List<MatrixEdit> appliedEdits = new java.util.ArrayList<>();
    private final Deque<MatrixEdit> undoneEdits = new ArrayDeque<>();
    private EditorSnapshot snapshot;
    private ProjectFiles project = ProjectFiles.none();
    private EditHistory history;
    private final Deque<Function<EditorSnapshot, MatrixEdit>> pendingEdits = new ArrayDeque<>();
    private boolean editing;

    public MatrixEditorViewModel(TaskExecutor executor, RecentFiles recentFiles) {
        this.executor = executor;
        this.recentFiles = recentFiles;
    }

    // ---- opening ------------------------------------------------------------------------

    /** Opens a workflow file. On failure the previous document stays open and a banner says why. */
    public void open(Path path) {
        busy.set(true);
        executor.execute(BackgroundTask.of("Opening " + path.getFileName(), () -> {
            LoadedWorkflow read = WorkflowDisk.read(path);
            ProjectFiles files = projectOf(path);
            EditorSnapshot parsed = EditorSnapshot.compute(read.text(), null, read.text(),
                    path.getFileName().toString(), files);
            return new Opened(read, files, parsed);
        }).onSuccess(opened -> {
            source = new EditorSource.Local(opened.read());
            project = opened.project();
            history = new EditHistory(opened.read().text());
            appliedEdits.clear();
            undoneEdits.clear();
            pendingEdits.clear();
            file.set(opened.read().path());
            recentFiles.add(opened.read().path());
            changedOnDisk.set(false);
            lastEdit.set("");
            publish(opened.snapshot(), null);
            banner.set(opened.snapshot().reports().isEmpty()
                    ? Banner.info(path.getFileName() + " has no job with a matrix. Open the workflow that builds "
                    + "your wheels.") : null);
        }).onFailure(error -> showFailure(path.getFileName() + ": ", error)).onFinished(() -> busy.set(false)));
    }

    private record Opened(LoadedWorkflow read, ProjectFiles project, EditorSnapshot snapshot) {
    }

    /**
     * Opens a workflow read from GitHub ({@code fetch} runs in the background: the Contents API at
     * a ref). The document can be pushed back with its blob sha, or saved to disk with "Save as".
     */
    public void openRemote(String what, java.util.concurrent.Callable<RemoteFile> fetch, ProjectFiles remoteProject) {
        busy.set(true);
        executor.execute(BackgroundTask.of("Reading " + what + " from GitHub", () -> {
            RemoteFile file = fetch.call();
            EditorSnapshot parsed = EditorSnapshot.compute(file.text(), null, file.text(),
                    file.path().substring(file.path().lastIndexOf('/') + 1), remoteProject);
            return Map.entry(file, parsed);
        }).onSuccess(opened -> {
            source = new EditorSource.Remote(opened.getKey());
            project = remoteProject;
            history = new EditHistory(opened.getKey().text());
            appliedEdits.clear();
            undoneEdits.clear();
            pendingEdits.clear();
            file.set(null);
            changedOnDisk.set(false);
            lastEdit.set("");
            publish(opened.getValue(), null);
            banner.set(null);
        }).onFailure(error -> showFailure(what + ": ", error)).onFinished(() -> busy.set(false)));
    }

    /** The edits in effect since the document was loaded, in order: replayed on a newer remote text. */
    public List<MatrixEdit> appliedEdits() {
        return List.copyOf(appliedEdits);
    }

    /** After a push, the pushed text becomes the loaded one (at the branch it went to). */
    public void markPushed(RemoteFile pushed) {
        source = new EditorSource.Remote(pushed);
        history = new EditHistory(pushed.text());
        appliedEdits.clear();
        undoneEdits.clear();
        recompute(pushed.text(), selectedJob.get());
    }

    /** Lists the workflows of a repository clone; the view offers them for {@link #open}. */
    public void openFolder(Path folder) {
        busy.set(true);
        executor.execute(BackgroundTask.of("Listing workflows", () -> WorkflowFolder.workflows(folder))
                .onSuccess(found -> {
                    folderWorkflows.setAll(found);
                    if (found.isEmpty()) {
                        banner.set(Banner.info(folder + " has no workflow files in .github/workflows."));
                    } else if (found.size() == 1) {
                        open(found.get(0));
                    }
                })
                .onFailure(this::showFailure)
                .onFinished(() -> busy.set(false)));
    }

    /** Reads the file again, dropping unsaved edits (the view asks first). */
    public void reload() {
        if (source instanceof EditorSource.Local local) {
            open(local.file().path());
        }
    }

    /** The clone a workflow belongs to: where cibuildwheel's pyproject.toml is read from. */
    private static ProjectFiles projectOf(Path workflow) {
        Path parent = workflow.toAbsolutePath().getParent();
        Path root = null;
        // <clone>/.github/workflows/x.yml names its clone even without .git (a copied folder).
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("workflows")
                && parent.getParent() != null && parent.getParent().getFileName() != null
                && parent.getParent().getFileName().toString().equals(".github")) {
            root = parent.getParent().getParent();
        }
        if (root == null) {
            root = WorkflowFolder.repositoryRoot(workflow);
        }
        return root == null ? ProjectFiles.none() : ProjectFiles.ofDirectory(root);
    }

    // ---- job and axes -------------------------------------------------------------------

    public void selectJob(String jobId) {
        if (snapshot == null || jobId == null || jobId.equals(selectedJob.get())) {
            return;
        }
        recompute(snapshot.text(), jobId);
    }

    public GridState grid() {
        return grid;
    }

    // ---- edits --------------------------------------------------------------------------

    /** A click on a cell: exclude a running combination, bring back an excluded one. */
    public void toggleCell(int row, int column) {
        GridCell cell = grid.cellAt(row, column);
        if (cell == null || snapshot == null || snapshot.selected().isEmpty()) {
            return;
        }
        String jobId = snapshot.selected().get().job().id();
        switch (cell.state()) {
            case NORMAL -> queueEdit(s -> new MatrixEdit.ExcludeCombination(jobId, literals(s, cell.values())));
            case EXCLUDED -> queueEdit(s -> new MatrixEdit.IncludeCombination(jobId, literals(s, cell.values())));
            case INCLUDED -> {
                int job = cell.jobIndexes().get(0);
                MatrixCombination combination = snapshot.selected().get().expansion().jobs().get(job);
                queueEdit(s -> new MatrixEdit.RemoveEntry(jobId, EntryList.INCLUDE, combination.includeIndex()));
            }
            case DYNAMIC -> banner.set(Banner.info("This matrix is computed when the workflow runs ("
                    + "an expression); edit the expression in the file."));
            case EMPTY -> banner.set(Banner.info("No job runs here. Add an include entry to create one."));
        }
    }

    public void addValue(String vector, String yamlText) {
        withLiteral(yamlText, value -> queueEdit(s -> new MatrixEdit.AddValue(jobId(s), vector, value)));
    }

    public void removeValue(String vector, int index) {
        queueEdit(s -> new MatrixEdit.RemoveValue(jobId(s), vector, index));
    }

    public void renameValue(String vector, int index, String yamlText) {
        withLiteral(yamlText, value -> queueEdit(s -> new MatrixEdit.RenameValue(jobId(s), vector, index, value)));
    }

    public void moveValue(String vector, int from, int to) {
        queueEdit(s -> new MatrixEdit.MoveValue(jobId(s), vector, from, to));
    }

    public void addVector(String vector, List<String> yamlValues) {
        try {
            List<ValueLiteral> values = yamlValues.stream().map(MatrixEditorViewModel::parseLiteral).toList();
            queueEdit(s -> new MatrixEdit.AddVector(jobId(s), vector, values, -1));
        } catch (IllegalArgumentException e) {
            banner.set(Banner.error(e.getMessage()));
        }
    }

    public void removeVector(String vector) {
        queueEdit(s -> new MatrixEdit.RemoveVector(jobId(s), vector));
    }

    /** Adds an include or exclude entry from "key: value" pairs the user typed. */
    public void addEntry(EntryRow.Kind kind, Map<String, String> yamlValues) {
        withEntry(yamlValues, entry -> queueEdit(s -> new MatrixEdit.AddEntry(jobId(s), list(kind), entry, -1)));
    }

    public void editEntry(EntryRow.Kind kind, int index, Map<String, String> yamlValues) {
        withEntry(yamlValues, entry -> queueEdit(s -> new MatrixEdit.EditEntry(jobId(s), list(kind), index, entry)));
    }

    public void removeEntry(EntryRow.Kind kind, int index) {
        queueEdit(s -> new MatrixEdit.RemoveEntry(jobId(s), list(kind), index));
    }

    public void undo() {
        if (history == null || editing) {
            return;
        }
        Optional<String> description = history.undoDescription();
        history.undo().ifPresent(text -> {
            if (!appliedEdits.isEmpty()) {
                undoneEdits.push(appliedEdits.remove(appliedEdits.size() - 1));
            }
            lastEdit.set("Undid: " + description.orElse("edit"));
            recompute(text, selectedJob.get());
        });
    }

    public void redo() {
        if (history == null || editing) {
            return;
        }
        Optional<String> description = history.redoDescription();
        history.redo().ifPresent(text -> {
            if (!undoneEdits.isEmpty()) {
                appliedEdits.add(undoneEdits.pop());
            }
            lastEdit.set("Redid: " + description.orElse("edit"));
            recompute(text, selectedJob.get());
        });
    }

    // ---- saving -------------------------------------------------------------------------

    /** Saves over the file it came from, unless the file changed on disk since it was loaded. */
    public void save() {
        if (!(source instanceof EditorSource.Local local) || snapshot == null) {
            return;
        }
        write(local.file().path(), local.file().fingerprint());
    }

    /** Saves under a new name; the user already agreed to replace an existing file there. */
    public void saveAs(Path target) {
        if (snapshot == null) {
            return;
        }
        write(target, null);
    }

    private void write(Path target, Fingerprint expected) {
        String text = snapshot.text();
        busy.set(true);
        executor.execute(BackgroundTask.of("Saving " + target.getFileName(),
                        () -> WorkflowDisk.write(target, text, expected))
                .onSuccess(fingerprint -> {
                    source = new EditorSource.Local(new LoadedWorkflow(target, text, fingerprint));
                    appliedEdits.clear();
                    undoneEdits.clear();
                    file.set(target);
                    recentFiles.add(target);
                    changedOnDisk.set(false);
                    banner.set(null);
                    lastEdit.set("Saved " + target.getFileName());
                    publish(snapshotAgainst(text), null);
                })
                .onFailure(error -> {
                    if (error instanceof FileChangedOnDiskException) {
                        changedOnDisk.set(true);
                    }
                    showFailure(error);
                })
                .onFinished(() -> busy.set(false)));
    }

    private EditorSnapshot snapshotAgainst(String savedText) {
        return new EditorSnapshot(snapshot.text(), snapshot.document(), snapshot.reports(), snapshot.selected(),
                snapshot.wheels(), snapshot.wheelsProblem(), snapshot.text().equals(savedText) ? "" : snapshot.diff());
    }

    // ---- internals ----------------------------------------------------------------------

    private void queueEdit(Function<EditorSnapshot, MatrixEdit> edit) {
        if (snapshot == null || snapshot.selected().isEmpty()) {
            return;
        }
        pendingEdits.add(edit);
        if (!editing) {
            nextEdit();
        }
    }

    private void nextEdit() {
        Function<EditorSnapshot, MatrixEdit> next = pendingEdits.poll();
        if (next == null) {
            editing = false;
            busy.set(false);
            return;
        }
        editing = true;
        busy.set(true);
        EditorSnapshot base = snapshot;
        String loadedText = source.loadedText();
        String fileName = source.fileName();
        String jobId = selectedJob.get();
        ProjectFiles files = project;
        executor.execute(BackgroundTask.of("Editing the matrix", () -> {
            MatrixEdit edit = next.apply(base);
            EditResult result = MatrixEditor.apply(base.document(), edit);
            return new Edited(edit, result, EditorSnapshot.compute(result.document(), jobId, loadedText, fileName, files));
        }).onSuccess(edited -> {
            history.record(edited.result().text(), edited.edit().describe());
            appliedEdits.add(edited.edit());
            undoneEdits.clear();
            lastEdit.set(edited.edit().describe());
            banner.set(null);
            publish(edited.snapshot(), edited.result().alsoChangedJobs());
        }).onFailure(error -> {
            pendingEdits.clear();
            showFailure(error);
        }).onFinished(this::nextEdit));
    }

    private record Edited(MatrixEdit edit, EditResult result, EditorSnapshot snapshot) {
    }

    private void recompute(String text, String jobId) {
        busy.set(true);
        String loadedText = source.loadedText();
        String fileName = source.fileName();
        ProjectFiles files = project;
        executor.execute(BackgroundTask.of("Expanding the matrix",
                        () -> EditorSnapshot.compute(text, jobId, loadedText, fileName, files))
                .onSuccess(computed -> publish(computed, null))
                .onFailure(this::showFailure)
                .onFinished(() -> busy.set(false)));
    }

    private void publish(EditorSnapshot next, List<String> alsoChanged) {
        snapshot = next;
        matrixJobs.setAll(next.reports().stream().map(r -> r.job().id()).toList());
        Optional<JobMatrixReport> report = next.selected();
        selectedJob.set(report.map(r -> r.job().id()).orElse(null));
        boolean isDirty = !next.text().equals(source.loadedText());
        dirty.set(isDirty);
        documentOpen.set(true);
        savable.set(isDirty && source instanceof EditorSource.Local);
        title.set(source.title() + (isDirty ? " •" : ""));
        diff.set(next.diff());
        canUndo.set(history != null && history.canUndo());
        canRedo.set(history != null && history.canRedo());
        if (report.isEmpty()) {
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
        JobMatrixReport r = report.get();
        MatrixSpec spec = r.job().matrix().orElseThrow();
        // Rows first: the grid's cells read them when the layout changes.
        jobs.setAll(ReportRows.jobs(r, next.wheels()));
        grid.show(spec, r.expansion());
        problems.setAll(ReportRows.problems(r.problems()));
        includes.setAll(ReportRows.entries(spec, EntryRow.Kind.INCLUDE, r.expansion()));
        excludes.setAll(ReportRows.entries(spec, EntryRow.Kind.EXCLUDE, r.expansion()));
        vectors.setAll(ReportRows.vectors(spec));
        jobCount.set(ReportRows.count(r.expansion()));
        aliasNote.set(aliasNote(spec, alsoChanged));
        next.wheelsProblem().ifPresent(problem -> banner.set(Banner.warning(problem)));
    }

    private static String aliasNote(MatrixSpec spec, List<String> alsoChanged) {
        if (spec.sharedWith().isEmpty()) {
            return "";
        }
        String where = spec.anchor().map(a -> "the anchor &" + a).orElse("a shared anchor");
        return "This matrix is " + where + "; edits also change job" + (spec.sharedWith().size() == 1 ? " " : "s ")
                + String.join(", ", spec.sharedWith()) + ".";
    }

    private void showFailure(Throwable error) {
        showFailure("", error);
    }

    private void showFailure(String prefix, Throwable error) {
        if (error instanceof WorkflowParseException parse) {
            banner.set(Banner.error(prefix + parse.userMessage()));
        } else if (error instanceof EditException || error instanceof dev.wheelhouse.workflow.io.WorkflowFileException) {
            banner.set(Banner.error(error.getMessage()));
        } else {
            banner.set(Banner.error(prefix + UserMessages.describe(error)));
        }
    }

    private static String jobId(EditorSnapshot s) {
        return s.selected().orElseThrow().job().id();
    }

    private static EntryList list(EntryRow.Kind kind) {
        return kind == EntryRow.Kind.INCLUDE ? EntryList.INCLUDE : EntryList.EXCLUDE;
    }

    /** The literals of a cell's combination, in vector order so the exclude entry reads naturally. */
    private static Map<String, ValueLiteral> literals(EditorSnapshot s, Map<String, Object> values) {
        Map<String, ValueLiteral> ordered = new LinkedHashMap<>();
        MatrixSpec spec = s.selected().orElseThrow().job().matrix().orElseThrow();
        for (String vector : spec.vectorNames()) {
            values.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(vector)).findFirst()
                    .ifPresent(e -> ordered.put(e.getKey(), ValueLiteral.of(e.getValue())));
        }
        return ordered;
    }

    private void withLiteral(String yamlText, java.util.function.Consumer<ValueLiteral> then) {
        try {
            then.accept(ValueLiteral.parse(yamlText));
        } catch (EditException e) {
            banner.set(Banner.error(e.getMessage()));
        }
    }

    private void withEntry(Map<String, String> yamlValues, java.util.function.Consumer<Map<String, ValueLiteral>> then) {
        try {
            Map<String, ValueLiteral> entry = new LinkedHashMap<>();
            yamlValues.forEach((key, value) -> entry.put(key, parseLiteral(value)));
            if (entry.isEmpty()) {
                banner.set(Banner.error("An entry needs at least one key and value."));
                return;
            }
            then.accept(entry);
        } catch (IllegalArgumentException e) {
            banner.set(Banner.error(e.getMessage()));
        }
    }

    private static ValueLiteral parseLiteral(String yaml) {
        try {
            return ValueLiteral.parse(yaml);
        } catch (EditException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public void dismissBanner() {
        banner.set(null);
    }

    // ---- read-only state ----------------------------------------------------------------

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<Path> folderWorkflows() {
        return folderWorkflowsView;
    }

    public ObservableList<String> matrixJobs() {
        return matrixJobsView;
    }

    public ReadOnlyStringProperty selectedJobProperty() {
        return selectedJob.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Banner> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty aliasNoteProperty() {
        return aliasNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** A document is open (from disk or from GitHub). */
    public ReadOnlyBooleanProperty documentOpenProperty() {
        return documentOpen.getReadOnlyProperty();
    }

    /** There are edits and "Save" can write them over the file they came from. */
    public ReadOnlyBooleanProperty savableProperty() {
        return savable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changedOnDiskProperty() {
        return changedOnDisk.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jobCountProperty() {
        return jobCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastEditProperty() {
        return lastEdit.getReadOnlyProperty();
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

    /** The text as it stands now (for push & dispatch), or empty when nothing is open. */
    public Optional<String> currentText() {
        return Optional.ofNullable(snapshot).map(EditorSnapshot::text);
    }

    public Optional<EditorSource> source() {
        return Optional.ofNullable(source);
    }
}
