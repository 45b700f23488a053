package dev.wheelhouse.ui.matrix;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;

/**
 * What the editor shows of the open document as a whole: its file and title, its matrix jobs and
 * the one selected, whether it has unsaved edits or changed on disk, undo and redo, the last edit
 * and the diff against the text as loaded. Updated from each {@link EditorChange}, on the UI thread.
 */
public final class EditorStatus {

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "No workflow open");
    private final ObservableList<String> matrixJobs = FXCollections.observableArrayList();
    private final ObservableList<String> matrixJobsView = FXCollections.unmodifiableObservableList(matrixJobs);
    private final ReadOnlyStringWrapper selectedJob = new ReadOnlyStringWrapper(this, "selectedJob");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper documentOpen = new ReadOnlyBooleanWrapper(this, "documentOpen");
    private final ReadOnlyBooleanWrapper savable = new ReadOnlyBooleanWrapper(this, "savable");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper changedOnDisk = new ReadOnlyBooleanWrapper(this, "changedOnDisk");
    private final ReadOnlyStringWrapper diff = new ReadOnlyStringWrapper(this, "diff", "");
    private final ReadOnlyStringWrapper lastEdit = new ReadOnlyStringWrapper(this, "lastEdit", "");

    void show(EditorChange change, boolean undoable, boolean redoable) {
        switch (change.kind()) {
            case OPENED -> {
                file.set(change.localPath().orElse(null));
                changedOnDisk.set(false);
                lastEdit.set("");
            }
            case EDITED -> lastEdit.set(change.description());
            case UNDONE -> lastEdit.set("Undid: " + change.description());
            case REDONE -> lastEdit.set("Redid: " + change.description());
            case SAVED -> {
                file.set(change.localPath().orElseThrow());
                changedOnDisk.set(false);
                lastEdit.set("Saved " + change.source().fileName());
            }
            case SELECTED, PUSHED -> { }
        }
        EditorSnapshot next = change.snapshot();
        matrixJobs.setAll(next.reports().stream().map(r -> r.job().id()).toList());
        selectedJob.set(next.selected().map(r -> r.job().id()).orElse(null));
        dirty.set(change.dirty());
        documentOpen.set(true);
        savable.set(change.dirty() && change.source() instanceof EditorSource.Local);
        title.set(change.source().title() + (change.dirty() ? " •" : ""));
        diff.set(next.diff());
        canUndo.set(undoable);
        canRedo.set(redoable);
    }

    /** A save was refused because the file changed on disk since it was loaded. */
    void markChangedOnDisk() {
        changedOnDisk.set(true);
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<String> matrixJobs() {
        return matrixJobsView;
    }

    public ReadOnlyStringProperty selectedJobProperty() {
        return selectedJob.getReadOnlyProperty();
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

    public ReadOnlyStringProperty lastEditProperty() {
        return lastEdit.getReadOnlyProperty();
    }
}
