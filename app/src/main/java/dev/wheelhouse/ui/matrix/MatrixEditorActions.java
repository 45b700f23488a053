package dev.wheelhouse.ui.matrix;

import javafx.scene.Node;
import javafx.stage.Window;

import java.util.List;

/** What the editor asks of its surroundings: file choosers, confirmations, the owner window. */
public interface MatrixEditorActions {

    void openFile();

    void openFolder();

    void openRecent();

    void save();

    void saveAs();

    void reload();

    Window window();

    /** Buttons other screens add to the editor's toolbar (Push & dispatch). */
    default List<Node> extraToolbarItems() {
        return List.of();
    }
}
