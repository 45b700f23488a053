package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.github.RemoteFile;
import dev.wheelhouse.ui.grid.GridState;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import dev.wheelhouse.workflow.edit.MatrixEdit;
import dev.wheelhouse.workflow.grid.GridCell;
import dev.wheelhouse.workflow.grid.GridCellState;
import dev.wheelhouse.workflow.io.FileChangedOnDiskException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The matrix editor as the window shows it, testable without one: a presenter over an
 * {@link EditorSession}, which owns the document and the one queue of its changes. This class
 * turns clicks and typed values into edits and each change the session reports into read-only
 * properties; the selected job's rows are in {@link #rows()}.
 */
public final class MatrixEditorViewModel {

    private final RecentFiles recentFiles;
    private final EditorSession session;
    private final JobMatrixRows rows = new JobMatrixRows();
    private final EditorStatus status = new EditorStatus();

    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>(this, "banner");
    private RemoteFile lastPush;
    private final ReadOnlyBooleanWrapper reloadable = new ReadOnlyBooleanWrapper(this, "reloadable");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final FolderWorkflows folders;
    private boolean sessionBusy;
    private final TaskExecutor executor;

    public MatrixEditorViewModel(TaskExecutor executor, RecentFiles recentFiles) {
        this.executor = executor;
        this.recentFiles = recentFiles;
        this.session = new EditorSession(executor, new EditorSession.Listener() {
            @Override
            public void changed(EditorChange change) {
                show(change);
            }

            @Override
            public void failed(String context, Throwable error) {
                if (error instanceof FileChangedOnDiskException) {
                    status.markChangedOnDisk();
                }
                Optional<Path> unreadable = session.unreadable();
                Banner failure = Banner.failure(context, error);
                if (unreadable.isPresent()) {
                    reloadable.set(true);
                    rows.showUnreadable(unreadable.get().getFileName().toString(), error);
                    banner.set(new Banner(failure.kind(), failure.text(), Banner.Offer.RELOAD));
                } else {
                    banner.set(failure);
                }
            }

            @Override
            public void busy(boolean now) {
                sessionBusy = now;
                busy.set(now || folders.listingProperty().get());
            }
        });
        this.folders = new FolderWorkflows(executor, this::open, banner::set);
        folders.listingProperty().addListener((obs, was, now) -> busy.set(now || sessionBusy));
    }

    // ---- what the user asks for -----------------------------------------------------------

    /** Opens a workflow file. On failure the previous document stays open and a banner says why. */
    public void open(Path path) {
        session.open(path);
    }

    /** Opens a workflow read from GitHub ({@code fetch} runs in the background). */
    public void openRemote(String what, Callable<RemoteFile> fetch, ProjectFiles remoteProject) {
        session.openRemote(what, fetch, remoteProject);
    }

    /**
     * A path given at launch ({@code wheelhouse release.yml}, {@code wheelhouse path/to/clone}): a
     * file opens, a folder lists its workflows; which it is is read in the background.
     */
    public void openFileOrFolder(Path path) {
        executor.execute(BackgroundTask.of("Opening " + path.getFileName(), () -> Files.isDirectory(path))
                .onSuccess(folder -> {
                    if (folder) {
                        openFolder(path);
                    } else {
                        open(path);
                    }
                }));
    }

    /** Lists the workflows of a repository clone; the view offers them for {@link #open}. */
    public void openFolder(Path folder) {
        folders.list(folder, error -> banner.set(Banner.failure("", error)));
    }

    /** Reads the file again, dropping unsaved edits (the view asks first). */
    public void reload() {
        session.reload();
    }

    public void selectJob(String jobId) {
        session.selectJob(jobId);
    }

    /** A click on a cell: exclude a running combination, bring back an excluded one. */
    public void toggleCell(int row, int column) {
        GridCell cell = rows.grid().cellAt(row, column);
        Optional<EditorSnapshot> shown = session.snapshot().filter(s -> s.selected().isPresent());
        if (cell == null || shown.isEmpty()) {
            return;
        }
        if (cell.state() == GridCellState.DYNAMIC) {
            banner.set(Banner.info("This matrix is computed when the workflow runs (an expression); edit the "
                    + "expression in the file."));
        } else if (cell.state() == GridCellState.EMPTY) {
            banner.set(Banner.info("No job runs here. Add an include entry to create one."));
        } else {
            session.edit(EditCommands.toggle(cell, shown.get()));
        }
    }

    public void addValue(String vector, String yamlText) {
        edit(() -> EditCommands.addValue(vector, yamlText));
    }

    public void removeValue(String vector, int index) {
        edit(() -> s -> new MatrixEdit.RemoveValue(EditCommands.jobId(s), vector, index));
    }

    public void renameValue(String vector, int index, String yamlText) {
        edit(() -> EditCommands.renameValue(vector, index, yamlText));
    }

    public void moveValue(String vector, int from, int to) {
        edit(() -> s -> new MatrixEdit.MoveValue(EditCommands.jobId(s), vector, from, to));
    }

    public void addVector(String vector, List<String> yamlValues) {
        edit(() -> EditCommands.addVector(vector, yamlValues));
    }

    public void removeVector(String vector) {
        edit(() -> s -> new MatrixEdit.RemoveVector(EditCommands.jobId(s), vector));
    }

    /** Adds an include or exclude entry from "key: value" pairs the user typed. */
    public void addEntry(EntryRow.Kind kind, Map<String, String> yamlValues) {
        edit(() -> EditCommands.addEntry(kind, yamlValues));
    }

    public void editEntry(EntryRow.Kind kind, int index, Map<String, String> yamlValues) {
        edit(() -> EditCommands.editEntry(kind, index, yamlValues));
    }

    public void removeEntry(EntryRow.Kind kind, int index) {
        edit(() -> s -> new MatrixEdit.RemoveEntry(EditCommands.jobId(s), EditCommands.list(kind), index));
    }

    public void undo() {
        session.undo();
    }

    public void redo() {
        session.redo();
    }

    /** Saves over the file it came from, unless the file changed on disk since it was loaded. */
    public void save() {
        session.save();
    }

    /** Saves under a new name; the user already agreed to replace an existing file there. */
    public void saveAs(Path target) {
        session.saveAs(target);
    }

    /**
     * After a push: a document read from GitHub now stands on the pushed copy; a local file keeps
     * its edit and undo history, and the banner offers to save the same edit to it.
     */
    public void markPushed(RemoteFile pushed) {
        lastPush = pushed;
        session.markPushed(pushed);
    }

    private Banner pushedBanner(EditorChange change) {
        String where = lastPush == null ? "GitHub" : lastPush.repository().fullName() + " on branch " + lastPush.ref();
        if (change.source() instanceof EditorSource.Local local) {
            String name = local.fileName();
            return change.dirty()
                    ? new Banner(Banner.Kind.INFO, "Pushed to " + where + " and dispatched. " + name + " on this "
                    + "computer does not have the edit yet; save it there (Ctrl+S) or keep editing (undo is kept).",
                    Banner.Offer.SAVE_LOCAL)
                    : Banner.info("Pushed to " + where + " and dispatched. " + name + " on this computer already "
                    + "has the same text.");
        }
        return Banner.info("Pushed to " + where + " and dispatched. The editor now shows the pushed copy on that "
                + "branch; your file on this computer, if any, was not changed.");
    }

    /** A matrix job is shown, so its matrix can be edited. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** There is a file to read again: the open one, or one that could not be opened. */
    public ReadOnlyBooleanProperty reloadableProperty() {
        return reloadable.getReadOnlyProperty();
    }

    public void dismissBanner() {
        banner.set(null);
    }

    // ---- what the session reports -----------------------------------------------------------

    private void edit(Supplier<Function<EditorSnapshot, MatrixEdit>> typed) {
        if (!editable.get()) {
            banner.set(Banner.info("Nothing to change yet: open a workflow with a matrix job (Ctrl+O) first."));
            return;
        }
        try {
            session.edit(typed.get());
        } catch (IllegalArgumentException e) {
            banner.set(Banner.error(e.getMessage()));
        }
    }

    private void show(EditorChange change) {
        if (change.kind() == EditorChange.Kind.OPENED || change.kind() == EditorChange.Kind.SAVED) {
            change.localPath().ifPresent(recentFiles::add);
        }
        if (change.kind() == EditorChange.Kind.OPENED) {
            banner.set(change.snapshot().reports().isEmpty() && change.localPath().isPresent()
                    ? Banner.info(change.source().fileName() + " has no job with a matrix. Open the workflow "
                    + "that builds your wheels.") : null);
        } else if (change.kind() == EditorChange.Kind.EDITED || change.kind() == EditorChange.Kind.SAVED) {
            banner.set(null);
        } else if (change.kind() == EditorChange.Kind.PUSHED) {
            banner.set(pushedBanner(change));
        }
        status.show(change, session.canUndo(), session.canRedo());
        reloadable.set(change.localPath().isPresent());
        editable.set(change.snapshot().selected().isPresent());
        rows.show(change.snapshot(), change.alsoChanged());
        change.snapshot().wheelsProblem().ifPresent(problem -> banner.set(Banner.warning(problem)));
    }

    // ---- read-only state ----------------------------------------------------------------

    /** The selected job's grid, rows, counts and notes. */
    public JobMatrixRows rows() {
        return rows;
    }

    public GridState grid() {
        return rows.grid();
    }

    /** The document's file, title, jobs, dirty state, undo and redo, diff. */
    public EditorStatus status() {
        return status;
    }

    public ObservableList<Path> folderWorkflows() {
        return folders.workflows();
    }

    public ReadOnlyObjectProperty<Banner> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The text as it stands now (for push & dispatch), or empty when nothing is open. */
    public Optional<String> currentText() {
        return session.snapshot().map(EditorSnapshot::text);
    }

    public Optional<EditorSource> source() {
        return session.source();
    }

    /** The edits in effect since the document was loaded, in order: replayed on a newer remote text. */
    public List<MatrixEdit> appliedEdits() {
        return session.appliedEdits();
    }
}
