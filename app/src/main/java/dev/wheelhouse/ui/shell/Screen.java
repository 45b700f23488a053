package dev.wheelhouse.ui.shell;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One of the main window's screens, shown when its entry in the side bar is selected. */
public interface Screen {

    String title();

    Ikon icon();

    Node view();

    /** Called when the screen comes to the front, e.g. to resume polling. */
    default void shown() {
    }

    /** Called when another screen replaces it. */
    default void hidden() {
    }
}
