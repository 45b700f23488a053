package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.testing.Samples;
import dev.wheelhouse.ui.task.FxTaskExecutor;
import dev.wheelhouse.workflow.grid.GridAxisValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor as a user drives it: real window (headless), real background threads, real file. */
@ExtendWith(ApplicationExtension.class)
class MatrixEditorViewTest {

    @TempDir
    static Path dir;

    private MatrixEditorViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new MatrixEditorViewModel(new FxTaskExecutor(), new RecentFiles() {
            private final List<Path> files = new ArrayList<>();

            @Override
            public List<Path> list() {
                return files;
            }

            @Override
            public void add(Path file) {
                files.add(file);
            }
        });
        MatrixEditorView view = new MatrixEditorView(model, new MatrixEditorActions() {
            @Override
            public void openFile() {
            }

            @Override
            public void openFolder() {
            }

            @Override
            public void openRecent() {
            }

            @Override
            public void save() {
                model.save();
            }

            @Override
            public void saveAs() {
            }

            @Override
            public void reload() {
                model.reload();
            }

            @Override
            public Window window() {
                return stage;
            }
        });
        Scene scene = new Scene((javafx.scene.Parent) view.view(), 1300, 850);
        stage.setScene(scene);
        stage.show();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).ignoreExceptions()
                .until(() -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#job-count").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private int index(List<GridAxisValue> axis, String label) {
        for (int i = 0; i < axis.size(); i++) {
            if (axis.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label);
    }

    @Test
    void excludingACellOfSatkitShows19JobsAndSavesOnlyTheNewExcludeEntry(FxRobot robot) throws Exception {
        Path workflows = Files.createDirectories(dir.resolve("clone/.github/workflows"));
        Path release = workflows.resolve("release.yml");
        Files.copy(Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml"), release);
        String original = Files.readString(release);

        robot.interact(() -> model.open(release));
        waitFor(() -> "20 jobs".equals(count(robot)));

        var layout = model.grid().layoutProperty().get();
        int row = index(layout.rows(), "windows-latest");
        int column = index(layout.columns(), "cp314");
        robot.clickOn("#cell-" + row + "-" + column);
        waitFor(() -> "19 jobs".equals(count(robot)));
        Node cell = robot.lookup("#cell-" + row + "-" + column).query();
        assertTrue(((javafx.scene.Parent) cell).getChildrenUnmodifiable().get(0).getStyleClass().contains("excluded"));

        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        robot.clickOn("#save");
        waitFor(() -> !model.status().dirtyProperty().get());

        List<String> before = original.lines().toList();
        List<String> after = Files.readString(release).lines().toList();
        int firstChange = 0;
        while (before.get(firstChange).equals(after.get(firstChange))) {
            firstChange++;
        }
        int added = after.size() - before.size();
        assertEquals(before.subList(firstChange, before.size()), after.subList(firstChange + added, after.size()),
                "everything after the insertion is unchanged");
        assertEquals(List.of("        exclude:", "          - os: windows-latest", "            python: cp314"),
                after.subList(firstChange, firstChange + added));
    }

    private static List<Label> emptyState(FxRobot robot) {
        return robot.lookup(".empty-state").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().startsWith("Open a release workflow")).toList();
    }

    @Test
    void untilAWorkflowOpensTheEditorIsItsToolbarAndEmptyStateOnly(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#jobs-table").tryQuery().isEmpty(), "no table in the first frame");
        assertTrue(robot.lookup("#editor-tabs").tryQuery().isEmpty());
        assertTrue(emptyState(robot).stream().anyMatch(Node::isVisible));
        assertTrue(robot.lookup("#open-file").tryQuery().isPresent());

        Path file = dir.resolve("first.yml");
        Files.writeString(file, """
                on: push
                jobs:
                  build:
                    runs-on: ${{ matrix.os }}
                    strategy:
                      matrix:
                        os: [ubuntu-latest, windows-latest]
                    steps:
                      - run: echo
                """);
        robot.interact(() -> model.open(file));
        waitFor(() -> "2 jobs".equals(count(robot)));

        assertTrue(robot.lookup("#jobs-table").tryQuery().isPresent(), "made with the first workflow");
        assertTrue(robot.lookup("#cell-0-0").tryQuery().isPresent());
        assertTrue(emptyState(robot).stream().noneMatch(Node::isVisible));
    }

    @Test
    void theClonesWorkflowPickerAndTheBannerAreMadeWhenFirstNeeded(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#folder-workflows").tryQuery().isEmpty(), "no picker in the first frame");
        assertTrue(robot.lookup("#editor-banner").tryQuery().isEmpty(), "no banner in the first frame");

        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, "jobs: [\n");
        robot.interact(() -> model.open(broken));
        waitFor(() -> robot.lookup("#editor-banner").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(robot.lookup("#editor-banner").queryAs(Label.class).getText().contains("broken.yml"));
        robot.clickOn("#dismiss-banner");
        waitFor(() -> !robot.lookup("#editor-banner").query().getParent().isVisible());

        Path clone = Files.createDirectories(dir.resolve("two/.github/workflows"));
        Files.writeString(clone.resolve("ci.yml"), "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n");
        Files.copy(Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml"), clone.resolve("release.yml"));
        robot.interact(() -> model.openFolder(dir.resolve("two")));
        waitFor(() -> robot.lookup("#folder-workflows").tryQuery().map(Node::isVisible).orElse(false));
        ComboBox<?> picker = robot.lookup("#folder-workflows").queryAs(ComboBox.class);
        javafx.scene.control.ToolBar bar = (javafx.scene.control.ToolBar) robot.lookup(".editor-toolbar").query();
        assertEquals(bar.getItems().indexOf(robot.lookup("#open-recent").query()) + 1, bar.getItems().indexOf(picker),
                "the picker sits where it always did, after the recent workflows");
        assertEquals(2, picker.getItems().size());

    }

    @Test
    void arrowKeysAndSpaceToggleTheFocusedCell(FxRobot robot) throws Exception {
        Path file = dir.resolve("keys.yml");
        Files.writeString(file, """
                on: push
                jobs:
                  build:
                    runs-on: ${{ matrix.os }}
                    strategy:
                      matrix:
                        os: [ubuntu-latest, windows-latest]
                        python: ['3.12', '3.13']
                    steps:
                      - run: echo
                """);
        robot.interact(() -> model.open(file));
        waitFor(() -> "4 jobs".equals(model.rows().jobCountProperty().get()));

        robot.clickOn("#cell-0-0");
        waitFor(() -> "3 jobs".equals(model.rows().jobCountProperty().get()));
        robot.type(KeyCode.DOWN, KeyCode.RIGHT, KeyCode.SPACE);
        waitFor(() -> "2 jobs".equals(model.rows().jobCountProperty().get()));
        robot.clickOn("#undo");
        waitFor(() -> "3 jobs".equals(model.rows().jobCountProperty().get()));
    }

    @Test
    void theMatrixJobPickerKeepsShowingItsJobAcrossEditUndoAndRedo(FxRobot robot) throws Exception {
        Path workflows = Files.createDirectories(dir.resolve("picker/.github/workflows"));
        Path release = workflows.resolve("release.yml");
        Files.copy(Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml"), release);
        assertTrue(robot.lookup("#job-picker").tryQuery().isEmpty(), "no picker while there is no job to pick");
        robot.interact(() -> model.open(release));
        waitFor(() -> "20 jobs".equals(count(robot)));
        ComboBox<?> picker = robot.lookup("#job-picker").queryComboBox();
        assertEquals("build_wheels", picker.getValue());
        ToolBar bar = (ToolBar) robot.lookup(".editor-toolbar").query();
        assertEquals(bar.getItems().indexOf(robot.lookup("#file-title").query()) + 1, bar.getItems().indexOf(picker),
                "made with the first workflow, beside its title");

        robot.clickOn("#cell-0-0");
        waitFor(() -> "19 jobs".equals(count(robot)));
        assertEquals("build_wheels", picker.getValue(), "after an edit");
        robot.clickOn("#undo");
        waitFor(() -> "20 jobs".equals(count(robot)));
        assertEquals("build_wheels", picker.getValue(), "after undo");
        robot.clickOn("#redo");
        waitFor(() -> "19 jobs".equals(count(robot)));
        assertEquals("build_wheels", picker.getValue(), "after redo");
    }
}
