package dev.wheelhouse.ui.matrix;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One change the editor session made to its document, as the presenter shows it.
 *
 * @param kind        what happened
 * @param snapshot    everything shown for the document as it now stands
 * @param source      where the document came from (after a save: the file it went to)
 * @param description the edit made, undone or redone, in the user's words; empty otherwise
 * @param alsoChanged other jobs the edit changed through a shared anchor
 */
public record EditorChange(Kind kind, EditorSnapshot snapshot, EditorSource source, String description,
                           List<String> alsoChanged) {

    public enum Kind { OPENED, EDITED, UNDONE, REDONE, SELECTED, SAVED, PUSHED }

    public EditorChange {
        alsoChanged = List.copyOf(alsoChanged);
    }

    static EditorChange of(Kind kind, EditorSnapshot snapshot, EditorSource source) {
        return new EditorChange(kind, snapshot, source, "", List.of());
    }

    /** The file on disk the document is now tied to, if any. */
    public Optional<Path> localPath() {
        return source.localPath();
    }

    /** The document differs from the text it was loaded (or last saved) as. */
    public boolean dirty() {
        return !snapshot.text().equals(source.loadedText());
    }
}
