package dev.wheelhouse.ui.app;

import dev.wheelhouse.testing.SceneAudit;
import dev.wheelhouse.testing.WholeApp;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's walk, as a new user takes it on a laptop and on a desktop monitor: the bundled sample
 * opened as the README says, a cell excluded with the keyboard alone, Push &amp; dispatch on the
 * sandbox, the run opens and every job ends green. On every screen it meets, the walk also checks
 * that each control Tab reaches has accessible text, that no button's text fades into its
 * background and that no label is cut without a way to read it whole.
 */
class NewUserWalkAppTest {

    /** Where the README's command line finds the sample: the repository's own resources folder. */
    private static final Path SAMPLE = Path.of("").toAbsolutePath().getParent()
            .resolve("resources/samples/satkit/.github/workflows/release.yml");

    @TempDir
    Path data;

    private WholeApp app;
    private FxRobot robot;
    private final List<String> findings = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 700", "1920, 1080"})
    void openExcludeByKeyboardPushDispatchAndTheRunEndsGreen(int width, int height) throws Exception {
        assertTrue(Files.isRegularFile(SAMPLE), SAMPLE.toString());
        app = WholeApp.launch("new-user-" + width, data, Map.of("wheelhouse.open", SAMPLE.toString()));
        robot = app.robot();
        app.resize(width, height);
        app.waitFor("the sample and the sandbox", () -> "20 jobs".equals(app.text("#job-count"))
                && app.text("#connection-status").startsWith("Sandbox · ")
                && !robot.lookup("#push-dispatch").queryButton().isDisabled());
        audit("Matrix");
        assertFullyInWindow(robot.lookup("#push-dispatch").queryButton());
        double cellWidth = app.onFx(() -> robot.lookup("#cell-0-0").query().getBoundsInLocal().getWidth());
        if (width >= 1920) {
            assertTrue(cellWidth > 180, "on a large screen the grid uses the room: cells are " + cellWidth + " px");
        }

        // Keyboard only: Tab into the grid, move right, Space excludes the focused cell.
        int tabs = 0;
        while (!focusedId().startsWith("cell-") && tabs++ < 120) {
            robot.type(KeyCode.TAB);
        }
        String first = focusedId();
        assertTrue(first.startsWith("cell-"), "Tab never reached the grid; focus is on " + first);
        robot.type(KeyCode.RIGHT);
        String moved = focusedId();
        assertEquals(column(first) + 1, column(moved), "Right moves one column right: " + first + " → " + moved);
        robot.type(KeyCode.SPACE);
        app.waitFor("the excluded cell", () -> "19 jobs".equals(app.text("#job-count")));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor("the push form", () -> robot.lookup("#push-and-dispatch").tryQueryAs(Button.class)
                .map(b -> !b.isDisabled()).orElse(false));
        Window dialog = app.onFx(() -> robot.lookup("#push-and-dispatch").query().getScene().getWindow());
        audit("Push & dispatch", dialog.getScene().getRoot());
        assertTrue(dialog.getWidth() <= width && dialog.getHeight() <= height,
                "the dialog fits the screen: " + dialog.getWidth() + "×" + dialog.getHeight());
        robot.clickOn("#push-and-dispatch");
        app.waitFor("the push", () -> robot.lookup("#push-result").tryQuery().isPresent());
        assertTrue(app.text("#push-result").startsWith("Run "), app.text("#push-result"));
        robot.clickOn("#push-close");

        app.waitFor("the run's tab", () -> robot.lookup("#runs-tabs").tryQueryAs(TabPane.class)
                .map(t -> t.getSelectionModel().getSelectedItem() != null).orElse(false)
                && app.text("#run-heading").startsWith("Run "));
        app.waitFor("every job green", () -> app.text("#run-summary").matches("(\\d+)/\\1 done · 0 failed · 0 running · .*"));
        audit("Runs");
        app.onFx(() -> {
            robot.lookup("#runs-tabs").queryAs(TabPane.class).getSelectionModel().select(0);
            return null;
        });
        app.waitFor("the runs list", () -> robot.lookup("#runs-table").queryAs(TableView.class).getItems().size() > 0);
        app.onFx(() -> {
            TableView<?> runs = robot.lookup("#runs-table").queryAs(TableView.class);
            runs.applyCss();
            runs.layout();
            SceneAudit.cutCells(runs, Set.of("Branch", "Event", "Actor"))
                    .forEach(f -> findings.add("All runs: cut cell: " + f));
            return null;
        });

        robot.clickOn("#nav-matrix");
        app.waitFor("the editor's word on the push", () -> app.text("#editor-banner").startsWith("Pushed to "));
        assertTrue(robot.lookup("#banner-save-local").queryButton().isVisible(), "the offer to save the edit here");
        robot.clickOn("#nav-cache");
        app.waitFor("the Cache screen", () -> robot.lookup("#trend-workflow").tryQuery().isPresent());
        audit("Cache");
        robot.clickOn("#nav-settings");
        app.waitFor("Settings", () -> robot.lookup("#use-sandbox").tryQuery().isPresent());
        audit("Settings");

        assertEquals(List.of(), findings, "what a keyboard or screen-reader user could not use at " + width + "×" + height);
    }

    private void audit(String screen) throws Exception {
        audit(screen, app.onFx(() -> robot.lookup("#nav-matrix").query().getScene().getRoot()));
    }

    private void audit(String screen, Parent root) throws Exception {
        app.onFx(() -> {
            root.applyCss();
            root.layout();
            SceneAudit.unnamed(root).forEach(f -> findings.add(screen + ": no accessible text: " + f));
            SceneAudit.faintButtons(root).forEach(f -> findings.add(screen + ": faint button: " + f));
            SceneAudit.cutLabels(root).forEach(f -> findings.add(screen + ": cut label: " + f));
            return null;
        });
    }

    private void assertFullyInWindow(Button button) throws Exception {
        app.onFx(() -> {
            assertTrue(button.isVisible() && button.getScene() != null, "the button is on the tool bar");
            Bounds b = button.localToScene(button.getBoundsInLocal());
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= button.getScene().getWidth(),
                    "the main action is not in an overflow menu: " + b + " in " + button.getScene().getWidth());
            Node bar = button.getParent();
            while (bar != null && !(bar instanceof javafx.scene.control.ToolBar)) {
                bar = bar.getParent();
            }
            assertTrue(bar != null, "the button sits in its tool bar, not in the overflow menu");
            return null;
        });
    }

    private String focusedId() throws Exception {
        return app.onFx(() -> {
            Node owner = robot.lookup("#nav-matrix").query().getScene().getFocusOwner();
            for (Node n = owner; n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    return n.getId();
                }
            }
            return "";
        });
    }

    private static int column(String cellId) {
        return Integer.parseInt(cellId.substring(cellId.lastIndexOf('-') + 1));
    }
}
