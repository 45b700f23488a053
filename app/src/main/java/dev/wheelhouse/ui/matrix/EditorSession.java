package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.github.RemoteFile;
import dev.wheelhouse.ui.matrix.ChangeQueue.Step;
import dev.wheelhouse.ui.task.TaskExecutor;
import dev.wheelhouse.workflow.edit.EditHistory;
import dev.wheelhouse.workflow.edit.EditResult;
import dev.wheelhouse.workflow.edit.MatrixEdit;
import dev.wheelhouse.workflow.edit.MatrixEditor;
import dev.wheelhouse.workflow.io.Fingerprint;
import dev.wheelhouse.workflow.io.LoadedWorkflow;
import dev.wheelhouse.workflow.io.WorkflowDisk;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The open workflow and every change made to it: open, edit, undo, redo, choose the matrix job,
 * save, mark pushed. Plain Java, no window: the presenter hears of each change through a
 * {@link Listener}, on the executor's UI thread.
 *
 * <p>Every change goes through one {@link ChangeQueue} and is made from the document as the change
 * before it left it: an edit in flight and a file opened meanwhile, or a job chosen meanwhile,
 * can never overtake each other, however the executor's threads finish (issue 11).
 */
public final class EditorSession {

    /** What the presenter hears; called on the executor's UI thread. */
    public interface Listener {

        /** The document changed (or was opened, saved, re-expanded for another job). */
        void changed(EditorChange change);

        /**
         * A change could not be made; the document is as it was.
         *
         * @param context what was being read ("a.yml: "), or empty
         */
        void failed(String context, Throwable error);

        /** Work is queued or running (true), or the queue ran dry (false). */
        void busy(boolean busy);
    }

    private final Listener listener;
    private final ChangeQueue queue;

    private EditorSource source;
    private ProjectFiles project = ProjectFiles.none();
    private EditorSnapshot snapshot;
    private EditHistory history;
    private final List<MatrixEdit> applied = new ArrayList<>();
    private final Deque<MatrixEdit> undone = new ArrayDeque<>();
    private Path unreadable;

    public EditorSession(TaskExecutor executor, Listener listener) {
        this.listener = listener;
        this.queue = new ChangeQueue(executor, listener::busy, listener::failed);
    }

    // ---- the changes ----------------------------------------------------------------------

    /** Opens a workflow file; on failure the document open before stays. */
    public void open(Path path) {
        String name = path.getFileName().toString();
        queue.submit(new Step<Opened>("Opening " + name, false) {
            @Override
            Callable<Opened> prepare() {
                return () -> {
                    LoadedWorkflow read = WorkflowDisk.read(path);
                    ProjectFiles files = CloneProject.of(path);
                    return new Opened(new EditorSource.Local(read), files,
                            EditorSnapshot.compute(read.text(), null, read.text(), name, files));
                };
            }

            @Override
            void apply(Opened opened) {
                replaceDocument(opened);
            }

            @Override
            void abandon() {
                // Kept so the user can fix the file and load it again with Reload.
                unreadable = path;
            }

            @Override
            String context() {
                return name + ": ";
            }
        });
    }

    /**
     * Opens a workflow read from GitHub ({@code fetch} runs in the background: the Contents API at
     * a ref). It can be pushed back with its blob sha, or saved to disk with "Save as".
     */
    public void openRemote(String what, Callable<RemoteFile> fetch, ProjectFiles remoteProject) {
        queue.submit(new Step<Opened>("Reading " + what + " from GitHub", false) {
            @Override
            Callable<Opened> prepare() {
                return () -> {
                    EditorSource.Remote remote = new EditorSource.Remote(fetch.call());
                    return new Opened(remote, remoteProject, EditorSnapshot.compute(remote.loadedText(), null,
                            remote.loadedText(), remote.fileName(), remoteProject));
                };
            }

            @Override
            void apply(Opened opened) {
                replaceDocument(opened);
            }

            @Override
            String context() {
                return what + ": ";
            }
        });
    }

    /**
     * Reads the file again, dropping unsaved edits; after a file could not be opened, that file
     * (the user fixed it).
     */
    public void reload() {
        if (unreadable != null) {
            open(unreadable);
        } else if (source instanceof EditorSource.Local local) {
            open(local.file().path());
        }
    }

    /** The file the last open could not read, until one opens. */
    public Optional<Path> unreadable() {
        return Optional.ofNullable(unreadable);
    }

    /** Shows another matrix job of the same text. */
    public void selectJob(String jobId) {
        queue.submit(new Step<EditorSnapshot>("Expanding the matrix", false) {
            @Override
            Callable<EditorSnapshot> prepare() {
                if (snapshot == null || jobId == null || jobId.equals(selectedJobId().orElse(null))) {
                    return null;
                }
                return recompute(snapshot.text(), jobId);
            }

            @Override
            void apply(EditorSnapshot next) {
                publish(EditorChange.of(EditorChange.Kind.SELECTED, next, source));
            }
        });
    }

    /**
     * Edits the selected job's matrix. {@code edit} is made from the document as the edits queued
     * before it left it (a click names a cell of the grid as it will then be).
     */
    public void edit(Function<EditorSnapshot, MatrixEdit> edit) {
        queue.submit(new Step<Edited>("Editing the matrix", true) {
            @Override
            Callable<Edited> prepare() {
                if (snapshot == null || snapshot.selected().isEmpty()) {
                    return null;
                }
                EditorSnapshot base = snapshot;
                String jobId = selectedJobId().orElseThrow();
                EditorSource from = source;
                ProjectFiles files = project;
                return () -> {
                    MatrixEdit made = edit.apply(base);
                    EditResult result = MatrixEditor.apply(base.document(), made);
                    return new Edited(made, result, EditorSnapshot.compute(result.document(), jobId,
                            from.loadedText(), from.fileName(), files));
                };
            }

            @Override
            void apply(Edited edited) {
                history.record(edited.result().text(), edited.edit().describe());
                applied.add(edited.edit());
                undone.clear();
                publish(new EditorChange(EditorChange.Kind.EDITED, edited.snapshot(), source,
                        edited.edit().describe(), edited.result().alsoChangedJobs()));
            }
        });
    }

    public void undo() {
        queue.submit(new HistoryStep(true));
    }

    public void redo() {
        queue.submit(new HistoryStep(false));
    }

    /** Saves over the file it came from, unless that file changed on disk since it was loaded. */
    public void save() {
        queue.submit(new SaveStep(null));
    }

    /** Saves under a new name; the user already agreed to replace an existing file there. */
    public void saveAs(Path target) {
        queue.submit(new SaveStep(target));
    }

    /**
     * After a push. A document read from GitHub now stands on the pushed copy (at the branch it
     * went to), its history starting there. A file of this computer stays as it is, edit, undo
     * history and all: the push did not write it, and saving it applies the same edit there.
     */
    public void markPushed(RemoteFile pushed) {
        queue.submit(new Step<EditorSnapshot>("Expanding the matrix", false) {
            @Override
            Callable<EditorSnapshot> prepare() {
                if (snapshot == null) {
                    return null;
                }
                if (source instanceof EditorSource.Local) {
                    EditorSnapshot kept = snapshot;
                    return () -> kept;
                }
                EditorSource.Remote remote = new EditorSource.Remote(pushed);
                String jobId = selectedJobId().orElse(null);
                return () -> EditorSnapshot.compute(pushed.text(), jobId, remote.loadedText(), remote.fileName(),
                        project);
            }

            @Override
            void apply(EditorSnapshot next) {
                if (!(source instanceof EditorSource.Local)) {
                    source = new EditorSource.Remote(pushed);
                    history = new EditHistory(pushed.text());
                    applied.clear();
                    undone.clear();
                }
                publish(EditorChange.of(EditorChange.Kind.PUSHED, next, source));
            }
        });
    }

    // ---- the state as it stands -------------------------------------------------------------

    public Optional<EditorSnapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    public Optional<EditorSource> source() {
        return Optional.ofNullable(source);
    }

    /** The edits in effect since the document was loaded, in order: replayed on a newer remote text. */
    public List<MatrixEdit> appliedEdits() {
        return List.copyOf(applied);
    }

    public boolean canUndo() {
        return history != null && history.canUndo();
    }

    public boolean canRedo() {
        return history != null && history.canRedo();
    }

    /** Work is queued or running. */
    public boolean busy() {
        return queue.busy();
    }

    private void publish(EditorChange change) {
        queue.changed();
        snapshot = change.snapshot();
        listener.changed(change);
    }

    private Optional<String> selectedJobId() {
        return snapshot == null ? Optional.empty() : snapshot.selected().map(r -> r.job().id());
    }

    private Callable<EditorSnapshot> recompute(String text, String jobId) {
        EditorSource from = source;
        ProjectFiles files = project;
        return () -> EditorSnapshot.compute(text, jobId, from.loadedText(), from.fileName(), files);
    }

    private record Opened(EditorSource source, ProjectFiles project, EditorSnapshot snapshot) {
    }

    private record Edited(MatrixEdit edit, EditResult result, EditorSnapshot snapshot) {
    }

    private void replaceDocument(Opened opened) {
        unreadable = null;
        source = opened.source();
        project = opened.project();
        history = new EditHistory(opened.source().loadedText());
        applied.clear();
        undone.clear();
        publish(EditorChange.of(EditorChange.Kind.OPENED, opened.snapshot(), source));
    }

    /** Undo or redo: the history moves when the step starts, and back if the text cannot be shown. */
    private final class HistoryStep extends Step<EditorSnapshot> {
        private final boolean undo;
        private String description;

        HistoryStep(boolean undo) {
            super("Expanding the matrix", false);
            this.undo = undo;
        }

        @Override
        Callable<EditorSnapshot> prepare() {
            if (history == null || snapshot == null || !(undo ? history.canUndo() : history.canRedo())) {
                return null;
            }
            description = (undo ? history.undoDescription() : history.redoDescription()).orElse("edit");
            String text = (undo ? history.undo() : history.redo()).orElseThrow();
            return recompute(text, selectedJobId().orElse(null));
        }

        @Override
        void abandon() {
            if (undo) {
                history.redo();
            } else {
                history.undo();
            }
        }

        @Override
        void apply(EditorSnapshot next) {
            if (undo && !applied.isEmpty()) {
                undone.push(applied.remove(applied.size() - 1));
            } else if (!undo && !undone.isEmpty()) {
                applied.add(undone.pop());
            }
            publish(new EditorChange(undo ? EditorChange.Kind.UNDONE : EditorChange.Kind.REDONE, next, source,
                    description, List.of()));
        }
    }

    /** Writes the text as it stands when the save's turn comes: the edits queued before it included. */
    private final class SaveStep extends Step<Fingerprint> {
        private final Path saveAs;
        private Path target;
        private String text;

        SaveStep(Path saveAs) {
            super("Saving", false);
            this.saveAs = saveAs;
        }

        @Override
        Callable<Fingerprint> prepare() {
            if (snapshot == null) {
                return null;
            }
            Fingerprint expected;
            if (saveAs != null) {
                target = saveAs;
                expected = null;
            } else if (source instanceof EditorSource.Local local) {
                target = local.file().path();
                expected = local.file().fingerprint();
            } else {
                return null;
            }
            text = snapshot.text();
            return () -> WorkflowDisk.write(target, text, expected);
        }

        @Override
        void apply(Fingerprint fingerprint) {
            source = new EditorSource.Local(new LoadedWorkflow(target, text, fingerprint));
            applied.clear();
            undone.clear();
            EditorSnapshot saved = new EditorSnapshot(snapshot.text(), snapshot.document(), snapshot.reports(),
                    snapshot.selected(), snapshot.wheels(), snapshot.wheelsProblem(), "");
            publish(new EditorChange(EditorChange.Kind.SAVED, saved, source, "", List.of()));
        }

    }
}
