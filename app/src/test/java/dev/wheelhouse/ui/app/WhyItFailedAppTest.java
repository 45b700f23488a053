package dev.wheelhouse.ui.app;

import dev.wheelhouse.testing.WholeApp;
import dev.wheelhouse.ui.runs.RunView;
import dev.wheelhouse.ui.runs.RunViewModel;
import dev.wheelhouse.workflow.grid.GridAxisValue;
import dev.wheelhouse.workflow.grid.MatrixGridLayout;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import dev.wheelhouse.ui.logs.LogLinesView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13's walk: dispatch on the sandbox with a compile error injected into (windows-latest,
 * cp312) and a test failure into (macos-latest, cp310) → the cells read "compile error" and "test
 * failure" → the run summary lists both reasons → click the cell → the detail pane shows the
 * failing step, the annotations and the key line marked → "Open log" opens the viewer at that line
 * → search finds the next match.
 */
class WhyItFailedAppTest {

    private static final String COMPILE = "build wheels (windows-latest cp312)";
    private static final String TESTS = "build wheels (macos-latest cp310)";

    @TempDir
    static Path data;

    private WholeApp app;

    @BeforeEach
    void launch() throws Exception {
        app = WholeApp.launch("why-it-failed", data, Map.of("wheelhouse.sandbox.speed", "300",
                "wheelhouse.sandbox.failures", COMPILE + "=compile-error;" + TESTS + "=test-failure"));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private static int index(List<GridAxisValue> values, String label) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label + " is not on the grid");
    }

    private String word(Node view, String cell) {
        return view.lookup("#" + cell + " .run-cell-state") instanceof Label l ? l.getText() : "";
    }

    private boolean insideWindow(String query) throws Exception {
        return app.onFx(() -> {
            Node node = app.robot().lookup(query).query();
            Bounds b = node.localToScene(node.getBoundsInLocal());
            return b.getMinX() >= 0 && b.getMaxX() <= node.getScene().getWidth() + 0.5;
        });
    }

    private Optional<LogLinesView> logLines() {
        return Window.getWindows().stream().map(w -> w.getScene().getRoot().lookup("#log-lines"))
                .filter(n -> n instanceof LogLinesView).map(n -> (LogLinesView) n).findFirst();
    }

    /** Dispatches the release run from the Runs screen; its tab, once open. */
    private RunView dispatchedRun() throws Exception {
        var robot = app.robot();
        app.waitFor("the sandbox connection", () -> app.text("#connection-status").startsWith("Sandbox · "));
        robot.clickOn("#nav-runs");
        app.waitFor("the dispatch button to enable", () -> robot.lookup("#runs-dispatch").tryQueryAs(Button.class)
                .map(b -> !b.isDisabled()).orElse(false));
        List<Node> views = app.runTabsOpened();
        robot.clickOn("#runs-dispatch");
        app.waitFor("the dispatch dialog to be ready", () -> robot.lookup("#dispatch-confirm").tryQueryAs(Button.class)
                .map(b -> !b.isDisabled()).orElse(false));
        robot.clickOn("#dispatch-confirm");
        app.waitFor("the run tab to open", () -> !views.isEmpty() && app.text("#run-heading").startsWith("Run "));
        RunView view = (RunView) views.get(0);
        app.waitFor("the run's grid", () -> view.model().grid().layoutProperty().get() != null);
        return view;
    }

    private String cellOf(RunView view, String row, String column) throws Exception {
        MatrixGridLayout layout = app.onFx(() -> view.model().grid().layoutProperty().get());
        return "cell-" + index(layout.rows(), row) + "-" + index(layout.columns(), column);
    }

    /**
     * In a window 1024 px wide from the start, the job detail beside the grid had 270 px and was
     * laid out 340 px wide: the reason a job failed, and its buttons, were cut at the window's edge.
     */
    @Test
    void theReasonAndTheJobsButtonsFitAWindow1024PxWide() throws Exception {
        app.resize(1024, 700);
        RunView view = dispatchedRun();
        String testCell = cellOf(view, "macos-latest", "cp310");
        app.waitFor("the test failure in its cell", () -> "test failure".equals(word(view, testCell)));

        app.robot().clickOn("#" + testCell);
        app.waitFor("the detail pane's reason", () -> app.text("#job-failure-class").startsWith("test failure"));

        assertTrue(insideWindow("#job-failure-class"), "the reason's class");
        assertTrue(insideWindow("#job-failure-message"), "the reason");
        assertTrue(insideWindow("#job-detail-rerun"), "the job's last button");
    }

    @Test
    void aRedCellSaysWhyTheDetailPaneMarksTheKeyLineAndTheLogOpensThere() throws Exception {
        var robot = app.robot();
        RunView view = dispatchedRun();
        RunViewModel model = view.model();
        String compileCell = cellOf(view, "windows-latest", "cp312");
        String testCell = cellOf(view, "macos-latest", "cp310");

        app.waitFor("the compile error in its cell", () -> "compile error".equals(word(view, compileCell)));
        app.waitFor("the test failure in its cell", () -> "test failure".equals(word(view, testCell)));
        app.waitFor("both reasons in the run summary", () -> robot.lookup("#run-reason-1").tryQuery().isPresent());
        List<String> reasons = app.onFx(() -> model.reasons().stream().map(g -> g.describe()).toList());
        assertTrue(reasons.contains("compile-error in 1 cell: src/orbit.rs:41 `mismatched types`"), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("test-failure in 1 cell: ")), reasons::toString);

        robot.clickOn("#" + compileCell);
        app.waitFor("the detail pane's reason", () -> app.text("#job-failure-class").startsWith("compile error"));
        assertEquals("compile error in step 'Build wheels'", app.text("#job-failure-class"));
        assertTrue(app.text("#job-failure-key-line").contains("▶ error[E0308]: mismatched types"),
                app.text("#job-failure-key-line"));
        String annotations = app.onFx(() -> robot.lookup("#job-failure-annotations .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList().toString());
        assertTrue(annotations.contains("failure · src/orbit.rs:41 · mismatched types"), annotations);
        assertTrue(annotations.contains("Process completed with exit code 1."), annotations);
        long keyLine = Long.parseLong(app.text("#job-failure-key-line").strip().split(" ")[0]);

        robot.clickOn("#job-failure-open-log");
        app.waitFor("the log viewer at the key line", () -> logLines()
                .map(l -> l.selectedProperty().get() == keyLine - 1).orElse(false));
        String shown = app.onFx(() -> robot.lookup("#log-key-line").queryAs(Label.class).getText());
        assertTrue(shown.contains("error[E0308]: mismatched types"), shown);

        app.onFx(() -> {
            TextField search = (TextField) logLines().orElseThrow().getScene().lookup("#log-search");
            search.setText("Compiling");
            search.fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        app.waitFor("the next match", () -> {
            LogLinesView lines = logLines().orElseThrow();
            Label matches = (Label) lines.getScene().lookup("#log-matches");
            return matches.getText().endsWith("matches") && lines.selectedProperty().get() != keyLine - 1;
        });
        String found = app.onFx(() -> {
            LogLinesView lines = logLines().orElseThrow();
            return String.valueOf(lines.shownText(lines.selectedProperty().get()));
        });
        assertTrue(found.contains("Compiling"), "the selected line is a match: " + found);

        // The Cache screen's neighbour: how often each cell failed, and with what.
        app.onFx(() -> {
            logLines().orElseThrow().getScene().getWindow().hide();
            return null;
        });
        robot.clickOn("#nav-cache");
        app.waitFor("the Failures section", () -> robot.lookup("#failures-table").tryQueryAs(
                javafx.scene.control.TableView.class).map(t -> t.getItems().size() > 0
                && ((dev.wheelhouse.history.CellFailures) t.getItems().get(0)).failed() > 0).orElse(false));
        List<String> rows = app.onFx(() -> {
            javafx.scene.control.TableView<?> table = robot.lookup("#failures-table").query();
            List<String> out = new java.util.ArrayList<>();
            for (Object o : table.getItems()) {
                dev.wheelhouse.history.CellFailures c = (dev.wheelhouse.history.CellFailures) o;
                if (c.failed() > 0) {
                    out.add(c.jobName() + ": " + c.describe());
                }
            }
            java.util.Collections.sort(out);
            return out;
        });
        assertEquals(List.of(TESTS + ": test-failure in 1 of the last 1 run",
                COMPILE + ": compile-error in 1 of the last 1 run"), rows);
    }
}
