package dev.wheelhouse.ui.app;

import dev.wheelhouse.ui.WheelhouseApp;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.wheelhouse.testing.WindowShots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5's walk through the whole app: Settings → the sandbox → open satkit's release.yml from
 * the sandbox repository → exclude a cell → Push & dispatch → the run starts with its id.
 */
class PushAndDispatchAppTest {

    @TempDir
    static Path data;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;
    private final String prefsNode = "dev/wheelhouse/test-" + System.nanoTime();

    @BeforeEach
    void launch() throws Exception {
        System.setProperty("wheelhouse.prefs.node", prefsNode);
        System.setProperty("wheelhouse.dataDir", data.toString());
        System.setProperty("wheelhouse.sandbox.speed", "300");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(WheelhouseApp.class);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Preferences.userRoot().node(prefsNode).removeNode();
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        try {
            // Looked up on the FX thread: the scene graph changes under a reader on another thread.
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; windows saved as " + WindowShots.save("push-and-dispatch"), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
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
        assertTrue(result.matches("Run \\d+ started on branch wheelhouse/release-\\d{8}-\\d{4}\\."), result);
        robot.clickOn("#push-close");
        // The editor now stands on the pushed text: nothing left to push.
        waitFor(() -> text("#file-title").contains("@ wheelhouse/release-") && !text("#file-title").endsWith("•"));
        ListView<?> diff = robot.lookup("#diff-view").queryAs(ListView.class);
        assertTrue(diff.getItems().isEmpty());
    }
}
