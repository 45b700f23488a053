package dev.wheelhouse.ui.app;

import dev.wheelhouse.testing.WholeApp;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
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

    private WholeApp app;
    private FxRobot robot;

    @BeforeEach
    void launch() throws Exception {
        app = WholeApp.launch("push-and-dispatch", data, Map.of());
        robot = app.robot();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        app.waitFor("the next step of the walk", condition);
    }

    private String text(String query) {
        return app.text(query);
    }

    @Test
    void settingsSandboxOpenFromGitHubExcludePushAndDispatch() throws Exception {
        waitFor(() -> text("#connection-status").startsWith("Sandbox · wheelhouse-demo/satkit"));

        robot.clickOn("#nav-settings");
        robot.clickOn("#use-sandbox");
        waitFor(() -> text("#connection-status").startsWith("Sandbox · ") && !robot.lookup("#use-sandbox")
                .queryButton().isDisabled());
        waitFor(() -> text("#connection-report").contains("Connected as"));

        robot.clickOn("#nav-matrix");
        robot.clickOn("#open-from-github");
        waitFor(() -> robot.lookup("#open-workflows").tryQuery().isPresent()
                && !robot.lookup("#open-workflows").queryListView().getSelectionModel().isEmpty());
        robot.clickOn("Open");
        waitFor(() -> "20 jobs".equals(text("#job-count")));
        String title = WaitForAsyncUtils.asyncFx(() -> text("#file-title")).get();
        assertTrue(title.startsWith("wheelhouse-demo/satkit: release.yml @ main"), title);

        robot.clickOn("#cell-2-4");
        waitFor(() -> "19 jobs".equals(text("#job-count")));

        robot.clickOn("#push-dispatch");
        waitFor(() -> robot.lookup("#push-and-dispatch").tryQuery().isPresent());
        robot.clickOn("#push-and-dispatch");
        waitFor(() -> robot.lookup("#push-result").tryQuery().isPresent());

        String result = WaitForAsyncUtils.asyncFx(() -> text("#push-result")).get();
        Matcher started = Pattern.compile("Run (\\d+) started on branch wheelhouse/release-\\d{8}-\\d{4}\\.")
                .matcher(result);
        assertTrue(started.matches(), result);
        String runId = started.group(1);
        robot.clickOn("#push-close");
        // The run opens with its id, on the Runs screen, on the branch the edit went to.
        waitFor(() -> robot.lookup("#runs-tabs").tryQueryAs(TabPane.class).map(t -> t.getTabs().stream()
                .anyMatch(tab -> ("run-tab-" + runId).equals(tab.getId()) && tab.isSelected())).orElse(false));
        waitFor(() -> text("#run-heading").startsWith("Run " + runId + " · ")
                && text("#run-heading").contains("wheelhouse/release-"));
        String tab = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#runs-tabs").queryAs(TabPane.class)
                .getSelectionModel().getSelectedItem().getText()).get();
        assertEquals("Run " + runId, tab);
        // The run says how it was started from here, which GitHub's run payload does not carry.
        waitFor(() -> text("#run-dispatch").startsWith("Dispatched from Wheelhouse on wheelhouse/release-")
                && text("#run-dispatch").endsWith(" with no inputs"));

        // The editor now stands on the pushed text: nothing left to push.
        robot.clickOn("#nav-matrix");
        waitFor(() -> text("#file-title").contains("@ wheelhouse/release-") && !text("#file-title").endsWith("•"));
        ListView<?> diff = robot.lookup("#diff-view").queryAs(ListView.class);
        assertTrue(diff.getItems().isEmpty());
    }
}
