package dev.wheelhouse.ui.app;

import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.testing.WholeApp;
import dev.wheelhouse.ui.runs.RefChoice;
import dev.wheelhouse.ui.runs.RunView;
import dev.wheelhouse.ui.runs.RunViewModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14's walk: dispatch satkit's release on the tag v0.9.0 from the Runs screen → the build jobs finish → each
 * cell shows its wheels as produced → the Release panel lists 20 artifacts, 25 wheels and the sdist → the tab says
 * the publish job waits for PyPiPublish → Approve shows the 26 files it will publish and is confirmed → the publish
 * job runs and goes green.
 */
class ReleaseAppTest {

    @TempDir
    static Path data;

    private WholeApp app;
    private FxRobot robot;

    @BeforeEach
    void launch() throws Exception {
        app = WholeApp.launch("release", data, Map.of());
        robot = app.robot();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private static List<String> wheelMarks(Node view) {
        return view.lookupAll(".run-cell-wheels").stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTagReleaseIsCheckedThenApprovedAndPublished() throws Exception {
        app.waitFor("the sandbox connection", () -> app.text("#connection-status").startsWith("Sandbox · "));
        robot.clickOn("#nav-runs");
        List<Node> runViews = app.runTabsOpened();
        robot.clickOn("All runs");
        app.waitFor("the dispatch button", () -> robot.lookup("#runs-dispatch").tryQueryAs(Button.class)
                .map(b -> !b.isDisabled()).orElse(false));
        robot.clickOn("#runs-dispatch");
        app.waitFor("the refs", () -> robot.lookup("#dispatch-ref").tryQueryAs(SearchableComboBox.class)
                .map(c -> c.getItems().stream().anyMatch(r -> ((RefChoice) r).name().equals("v0.9.0"))).orElse(false));
        app.onFx(() -> {
            SearchableComboBox<RefChoice> ref = robot.lookup("#dispatch-ref").queryAs(SearchableComboBox.class);
            ref.setValue(ref.getItems().stream().filter(r -> r.name().equals("v0.9.0")).findFirst().orElseThrow());
            return null;
        });
        app.waitFor("the dispatch dialog ready on the tag", () -> robot.lookup("#dispatch-confirm")
                .tryQueryAs(Button.class).map(b -> !b.isDisabled()).orElse(false));
        robot.clickOn("#dispatch-confirm");
        app.waitFor("the run's tab", () -> runViews.size() == 1);
        Node view = runViews.get(0);
        RunViewModel run = ((RunView) view).model();

        app.waitFor("every cell's wheels", () -> wheelMarks(view).size() == 20);
        assertTrue(app.onFx(() -> wheelMarks(view)).stream().allMatch(m -> m.equals("✔ 1/1") || m.equals("✔ 2/2")),
                app.onFx(() -> wheelMarks(view)).toString());
        robot.clickOn("#run-release-tab .tab-label");
        assertEquals("25 wheels and 1 sdist in 20 artifacts; nothing is missing or wrong.", app.text("#release-status"));
        assertEquals(20, app.onFx(() -> robot.lookup("#release-artifacts").queryAs(TableView.class).getItems().size()));
        assertTrue(app.onFx(() -> robot.lookup("#release-artifacts .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText())
                .anyMatch(t -> t != null && t.startsWith("cibw-wheels-"))), "the table shows the artifacts' names");
        app.waitFor("the gate", () -> app.text("#release-gate")
                .equals("publish to PyPI is waiting for approval in PyPiPublish"));

        robot.clickOn("#release-comment").write("25 wheels and the sdist checked");
        robot.clickOn("#release-approve");
        app.waitFor("the approval's confirmation", () -> robot.lookup("#release-review-files").tryQuery().isPresent());
        assertEquals(26, app.onFx(() -> robot.lookup("#release-review-files").queryAs(ListView.class).getItems().size()));
        robot.clickOn("#release-review-go");
        app.waitFor("the gate to close", () -> app.text("#release-gate").isEmpty());
        app.waitFor("the publish job to go green", () -> {
            RunSnapshot s = run.snapshotProperty().get();
            return s != null && s.finished() && s.jobs().stream().filter(j -> j.name().equals("publish to PyPI"))
                    .map(JobSnapshot::conclusion).anyMatch("success"::equals);
        });
        assertTrue(app.onFx(() -> run.snapshotProperty().get().run().succeeded()));
    }
}
