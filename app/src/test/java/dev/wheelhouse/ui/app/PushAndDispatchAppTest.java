package dev.wheelhouse.ui.app;

import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5's walk through the whole app: Settings → the sandbox → open satkit's release.yml from
 * the sandbox repository → exclude a cell → Push & dispatch → the run opens with its id.
 */
class PushAndDispatchAppTest {

    @TempDir
    static Path data;

    private AppHarness app;

    @BeforeEach
    void launch() throws Exception {
        app = new AppHarness("push-and-dispatch", data, Map.of("wheelhouse.sandbox.speed", "300")).launch();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void settingsSandboxOpenFromGitHubExcludePushAndDispatch() throws Exception {
        var robot = app.robot;
        app.waitFor(() -> app.text("#connection-status").startsWith("Sandbox · wheelhouse-demo/satkit"));

        robot.clickOn("#nav-settings");
        robot.clickOn("#use-sandbox");
        app.waitFor(() -> app.text("#connection-status").startsWith("Sandbox · ") && !robot.lookup("#use-sandbox")
                .queryButton().isDisabled());
        app.waitFor(() -> app.text("#connection-report").contains("Connected as"));

        robot.clickOn("#nav-matrix");
        robot.clickOn("#open-from-github");
        app.waitFor(() -> robot.lookup(".choice-dialog").tryQuery().isPresent()
                || robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("OK");
        app.waitFor(() -> "20 jobs".equals(app.text("#job-count")));
        String title = app.onFx(() -> app.text("#file-title"));
        assertTrue(title.startsWith("wheelhouse-demo/satkit: release.yml @ main"), title);

        robot.clickOn("#cell-2-4");
        app.waitFor(() -> "19 jobs".equals(app.text("#job-count")));

        robot.clickOn("#push-dispatch");
        app.waitFor(() -> robot.lookup("#push-and-dispatch").tryQuery().isPresent());
        robot.clickOn("#push-and-dispatch");
        app.waitFor(() -> robot.lookup("#push-result").tryQuery().isPresent());

        String result = app.onFx(() -> app.text("#push-result"));
        Matcher started = Pattern.compile("Run (\\d+) started on branch wheelhouse/release-\\d{8}-\\d{4}\\.")
                .matcher(result);
        assertTrue(started.matches(), result);
        String runId = started.group(1);
        robot.clickOn("#push-close");

        // The run opens with its id, on the Runs screen, on the branch the edit went to.
        app.waitFor(() -> robot.lookup("#runs-tabs").tryQueryAs(TabPane.class).map(t -> t.getTabs().stream()
                .anyMatch(tab -> ("run-tab-" + runId).equals(tab.getId()) && tab.isSelected())).orElse(false));
        app.waitFor(() -> app.text("#run-heading").startsWith("Run " + runId + " · ")
                && app.text("#run-heading").contains("wheelhouse/release-"));
        String tab = app.onFx(() -> robot.lookup("#runs-tabs").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getText());
        assertEquals("Run " + runId, tab);

        // The editor now stands on the pushed text: nothing left to push.
        robot.clickOn("#nav-matrix");
        app.waitFor(() -> app.text("#file-title").contains("@ wheelhouse/release-") && !app.text("#file-title").endsWith("•"));
        ListView<?> diff = robot.lookup("#diff-view").queryAs(ListView.class);
        assertTrue(diff.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
