package dev.wheelhouse.ui.app;

import dev.wheelhouse.testing.WholeApp;
import dev.wheelhouse.ui.runs.RunView;
import dev.wheelhouse.ui.runs.RunViewModel;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6's reliability walk in the window: the sandbox answers 10% of requests with 500/502/503,
 * resets 5% of connections, holds 5% back and cuts a fifth of log downloads. A run dispatched from
 * the Runs screen still ends with every cell right, the status bar counts the retries, and no
 * exception text reaches the user anywhere in the window.
 */
class FlakyGitHubAppTest {

    private static final Pattern ACTIVITY = Pattern.compile("(\\d+) requests · \\d+ unchanged · (\\d+) retries");

    @TempDir
    static Path data;

    private WholeApp app;
    private FxRobot robot;
    private List<Node> runViews;

    @BeforeEach
    void launch() throws Exception {
        app = WholeApp.launch("flaky-github", data, Map.of("wheelhouse.sandbox.flaky", "true"));
        robot = app.robot();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    /** Every text the windows show, dialogs and notifications included. */
    private static List<String> allTexts() {
        List<String> texts = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null) {
                collect(window.getScene().getRoot(), texts);
            }
        }
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    @Test
    void aRunWatchedThroughServerErrorsResetsAndCutLogsEndsRightWithTheRetriesCounted() throws Exception {
        app.waitFor("the sandbox connection", () -> app.text("#connection-status").startsWith("Sandbox · "));
        robot.clickOn("#nav-runs");
        runViews = app.runTabsOpened();
        app.waitFor("the dispatch button", () -> robot.lookup("#runs-dispatch").tryQueryAs(Button.class)
                .map(b -> !b.isDisabled()).orElse(false));
        robot.clickOn("#runs-dispatch");
        // A dispatch is never repeated by the client once sent: a 5xx on it is the user's to repeat,
        // and the dialog says so and stays open for it.
        for (int attempt = 1; runViews.isEmpty(); attempt++) {
            assertTrue(attempt <= 10, "ten dispatches refused in a row");
            app.waitFor("the dispatch dialog", () -> robot.lookup("#dispatch-confirm").tryQueryAs(Button.class)
                    .map(b -> !b.isDisabled()).orElse(false) || !runViews.isEmpty());
            if (runViews.isEmpty()) {
                robot.clickOn("#dispatch-confirm");
                app.waitFor("the dispatch to answer", () -> !runViews.isEmpty()
                        || !app.text("#dispatch-error").isEmpty());
            }
        }
        RunViewModel model = ((RunView) runViews.get(0)).model();

        app.waitFor("the run to end with every job's figures or their reason", () -> {
            var s = model.snapshotProperty().get();
            return s != null && s.finished() && app.text("#run-summary").startsWith("24/24 done");
        });

        assertTrue(app.onFx(() -> app.text("#run-summary")).startsWith("24/24 done · 0 failed · 0 running"),
                app.onFx(() -> app.text("#run-summary")));
        List<String> cells = app.onFx(() -> runViews.get(0).lookupAll(".run-cell-state").stream()
                .map(n -> ((Label) n).getText()).toList());
        assertEquals(20, cells.size());
        assertTrue(cells.stream().allMatch("success"::equals), cells.toString());

        Matcher activity = ACTIVITY.matcher(app.onFx(() -> app.text("#retries")));
        assertTrue(activity.matches(), app.onFx(() -> app.text("#retries")));
        assertTrue(Integer.parseInt(activity.group(2)) > 0, "the status bar shows the retries: " + activity.group());

        List<String> texts = app.onFx(FlakyGitHubAppTest::allTexts);
        assertTrue(texts.stream().noneMatch(t -> t.contains("Exception") || t.contains("\tat ")
                || t.contains("java.")), texts.toString());
    }
}
