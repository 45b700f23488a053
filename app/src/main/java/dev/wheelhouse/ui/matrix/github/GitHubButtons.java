package dev.wheelhouse.ui.matrix.github;

import dev.wheelhouse.ui.common.KeyBinding;
import dev.wheelhouse.ui.common.LazyTooltip;
import dev.wheelhouse.ui.connection.ConnectedMonitor;
import dev.wheelhouse.ui.matrix.MatrixEditorViewModel;
import javafx.scene.control.Button;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The editor's GitHub buttons, enabled while a repository is connected (and, to push, a document is open). */
public final class GitHubButtons {

    /** A tool bar button that may show its icon alone where the bar is narrow (its text stays its name). */
    public static final String COLLAPSIBLE = "collapsible";

    private GitHubButtons() {
    }

    public static Button openFromGitHub(ConnectedMonitor services, GitHubDialogs dialogs) {
        Button button = new Button("From GitHub…", new FontIcon(Material2AL.CLOUD_DOWNLOAD));
        button.setId("open-from-github");
        button.getStyleClass().add(COLLAPSIBLE);
        LazyTooltip.install(button, "Open a workflow of the connected repository ("
                + KeyBinding.OPEN_FROM_GITHUB.combination().getDisplayText() + ")");
        button.disableProperty().bind(services.currentProperty().isNull());
        button.setOnAction(e -> dialogs.openFromGitHub());
        return button;
    }

    public static Button pushAndDispatch(ConnectedMonitor services, MatrixEditorViewModel editor,
                                         GitHubDialogs dialogs) {
        Button button = new Button("Push & dispatch…", new FontIcon(Material2MZ.PLAY_ARROW));
        button.setId("push-dispatch");
        button.getStyleClass().add("accent");
        LazyTooltip.install(button, "Commit the edit to a new branch and run the workflow there (Ctrl+Shift+D)");
        button.disableProperty().bind(services.currentProperty().isNull()
                .or(editor.status().documentOpenProperty().not()));
        button.setOnAction(e -> dialogs.pushAndDispatch());
        return button;
    }
}
