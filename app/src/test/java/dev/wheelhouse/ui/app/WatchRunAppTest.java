package dev.wheelhouse.ui.app;

import dev.wheelhouse.testing.WholeApp;
import dev.wheelhouse.ui.runs.RunView;
import dev.wheelhouse.ui.runs.RunViewModel;
import dev.wheelhouse.workflow.grid.GridAxisValue;
import dev.wheelhouse.workflow.grid.MatrixGridLayout;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6's walk: dispatch on the sandbox from the Runs screen → the cells go queued → running →
 * success, with an injected failure landing in the windows-latest cp312 cell → a notification
 * says so and brings the run back to the front → re-run the failed jobs → that cell runs again
 * and succeeds.
 */
class WatchRunAppTest {

    private static final String FAILING = "build wheels (windows-latest cp312)";

    @TempDir
    static Path data;

    private WholeApp app;

    @BeforeEach
    void launch() throws Exception {
        app = WholeApp.launch("watch-run", data, Map.of("wheelhouse.sandbox.speed", "100",
                "wheelhouse.sandbox.failures", FAILING + "=build-failure@first"));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private volatile Node runView;

    /** The word a grid cell shows: its state label, read off the run's view (in the scene or not). */
    private String cellWord(String cellId) {
        return runView.lookup("#" + cellId + " .run-cell-state") instanceof Label l ? l.getText() : "";
    }

    private void record(Node view, Map<String, List<String>> seen) {
        runView = view;
        RunViewModel model = ((RunView) view).model();
        model.snapshotProperty().addListener((obs, old, s) -> {
            MatrixGridLayout layout = model.grid().layoutProperty().get();
            for (int r = 0; layout != null && r < layout.rows().size(); r++) {
                for (int c = 0; c < layout.columns().size(); c++) {
                    List<String> words = seen.computeIfAbsent("cell-" + r + "-" + c, k -> new ArrayList<>());
                    String word = cellWord("cell-" + r + "-" + c);
                    if (words.isEmpty() || !words.get(words.size() - 1).equals(word)) {
                        words.add(word);
                    }
                }
            }
        });
    }

    private static int index(List<GridAxisValue> values, String label) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label + " is not on the grid");
    }

    private Optional<Node> notificationSaying(String text) {
        return app.robot().lookup(".notification-bar").queryAll().stream()
                .filter(bar -> bar.lookupAll(".label").stream().anyMatch(n -> n instanceof Label l
                        && l.getText() != null && l.getText().contains(text)))
                .findFirst();
    }

    @Test
    void dispatchWatchTheFailureLandInItsCellGetNotifiedAndReRunItToSuccess() throws Exception {
        var robot = app.robot();
        app.waitFor("the sandbox connection", () -> app.text("#connection-status").startsWith("Sandbox · "));
        robot.clickOn("#nav-runs");
        app.waitFor("the dispatch button to enable", () -> robot.lookup("#runs-dispatch").tryQueryAs(Button.class).map(b -> !b.isDisabled())
                .orElse(false));

        // Every cell's word at each snapshot the run view shows, from the tab's very first snapshot on.
        Map<String, List<String>> seen = new LinkedHashMap<>();
        app.onFx(() -> {
            robot.lookup("#runs-tabs").queryAs(TabPane.class).getTabs().addListener((ListChangeListener<Tab>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(tab -> record(tab.getContent(), seen));
                }
            });
            return null;
        });

        robot.clickOn("#runs-dispatch");
        app.waitFor("the dispatch dialog to be ready", () -> robot.lookup("#dispatch-confirm").tryQueryAs(Button.class).map(b -> !b.isDisabled())
                .orElse(false));
        robot.clickOn("#dispatch-confirm");
        app.waitFor("the run tab to open", () -> runView != null && app.text("#run-heading").startsWith("Run "));
        RunViewModel model = ((RunView) runView).model();
        app.waitFor("the run's grid", () -> model.grid().layoutProperty().get() != null);
        MatrixGridLayout layout = app.onFx(() -> model.grid().layoutProperty().get());
        String failingCell = "cell-" + index(layout.rows(), "windows-latest") + "-" + index(layout.columns(), "cp312");
        assertEquals("Run " + model.runId(), app.onFx(() -> robot.lookup("#runs-tabs").queryAs(TabPane.class)
                .getSelectionModel().getSelectedItem().getText()));

        app.waitFor("the failure in its cell, by its class", () -> "compile error".equals(cellWord(failingCell)));
        app.waitFor("the failure notification", () -> notificationSaying(FAILING + " failed").isPresent());

        // Elsewhere in the app, a click on the notification brings the run back to the front.
        robot.clickOn("#nav-matrix");
        app.waitFor("the run view to leave the scene", () -> robot.lookup("#run-view").tryQuery().isEmpty());
        robot.clickOn(app.onFx(() -> notificationSaying(FAILING + " failed").orElseThrow()));
        app.waitFor("the run view back in front", () -> robot.lookup("#run-view").tryQuery().isPresent());

        app.waitFor("every job of the run to end", () -> app.text("#run-summary").startsWith("24/24 done · 1 failed · 0 running"));
        app.onFx(() -> {
            seen.forEach((cell, words) -> {
                String last = words.get(words.size() - 1);
                assertEquals(cell.equals(failingCell) ? "compile error" : "success", last, cell + " " + words);
                assertTrue(words.contains("running"), cell + " was seen running: " + words);
                assertTrue(words.indexOf("running") < words.indexOf(last), cell + " " + words);
            });
            assertTrue(seen.values().stream().anyMatch(words -> words.contains("queued")
                    && words.indexOf("queued") < words.indexOf("running")), "cells go queued → running: " + seen);
            return null;
        });

        List<String> failingBefore = app.onFx(() -> List.copyOf(seen.get(failingCell)));
        robot.clickOn("#run-rerun-failed");
        app.waitFor("attempt 2 to end in success", () -> app.text("#run-heading").contains("attempt 2")
                && app.text("#run-summary").startsWith("24/24 done · 0 failed · 0 running"));
        List<String> failingAfter = app.onFx(() -> seen.get(failingCell).subList(failingBefore.size(),
                seen.get(failingCell).size()));
        assertTrue(failingAfter.contains("running"), "the cell ran again: " + failingAfter);
        assertEquals("success", failingAfter.get(failingAfter.size() - 1), failingAfter.toString());
        assertEquals("success", app.onFx(() -> cellWord(failingCell)));
    }
}
