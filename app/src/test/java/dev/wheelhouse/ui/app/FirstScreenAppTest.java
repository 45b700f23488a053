package dev.wheelhouse.ui.app;

import dev.wheelhouse.testing.WholeApp;
import dev.wheelhouse.ui.common.KeyBinding;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new user's first screen, no workflow open and the sandbox connected: the empty editor names both ways in, and
 * the shortcut it names for the connected repository's workflows opens their list, the demo's release.yml in it.
 * With a data folder the app cannot write (here a file stands where it should be), the run monitor cannot start,
 * and the window says so in its notice bar instead of leaving the GitHub buttons disabled without a word.
 */
class FirstScreenAppTest {

    @TempDir
    Path dir;

    private WholeApp app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theEmptyEditorsShortcutOpensTheRepositorysWorkflows() throws Exception {
        app = WholeApp.launch("open-from-github-key", dir, Map.of());
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

    @Test
    void theNoticeSaysWhyRunsCannotBeWatched() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the data folder should be");

        app = WholeApp.launch("unwritable-data", notAFolder, Map.of("wheelhouse.cacheDir", dir.resolve("cache").toString()));

        app.waitFor("the notice", () -> app.text("#app-notice").startsWith("Runs cannot be watched: "));
        assertTrue(app.robot().lookup("#push-dispatch").queryButton().isDisabled());
    }
}
