package dev.wheelhouse.ui.app;

import dev.wheelhouse.testing.WholeApp;
import dev.wheelhouse.ui.common.KeyBinding;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new user's first screen, no workflow open and the sandbox connected: the empty editor names both ways in, and
 * the shortcut it names for the connected repository's workflows opens their list, the demo's release.yml in it.
 */
class OpenFromGitHubKeyAppTest {

    @TempDir
    Path data;

    private WholeApp app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theEmptyEditorsShortcutOpensTheRepositorysWorkflows() throws Exception {
        app = WholeApp.launch("open-from-github-key", data, Map.of());
        FxRobot robot = app.robot();
        app.waitFor("the sandbox", () -> app.text("#connection-status").startsWith("Sandbox · ")
                && !robot.lookup("#open-from-github").queryButton().isDisabled());
        String shortcut = KeyBinding.OPEN_FROM_GITHUB.combination().getDisplayText();
        assertTrue(app.text("#editor-empty").contains("(" + shortcut + ")"), app.text("#editor-empty"));

        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);

        app.waitFor("the repository's workflows", () -> robot.lookup("#open-workflows").tryQuery().isPresent()
                && robot.lookup("#open-workflows").queryListView().getItems().stream()
                .anyMatch(item -> String.valueOf(item).contains("release.yml")));
        robot.type(KeyCode.ESCAPE);
    }
}
