package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runs list's columns, each with what it shows for a finished release run of the sandbox.
 * A new column is one more entry here (docs/architecture.md, "Add a column to the runs list").
 */
@ExtendWith(ApplicationExtension.class)
class RunsListViewTest {

    @TempDir
    Path cacheDir;

    private RunsSandbox sandbox;

    @Start
    void start(Stage stage) {
        // The view is built on the FX thread by each test; no window is needed to read its cells.
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void everyColumnShowsItsFigureOfTheRun() throws Exception {
        sandbox = new RunsSandbox(cacheDir, b -> b, RunArchive.NONE);
        long runId = sandbox.dispatchRelease();
        sandbox.time.advance(Duration.ofMinutes(5)); // fifty simulated minutes: the run has completed
        RunsListViewModel model = new RunsListViewModel(new DirectTaskExecutor(), Optional::empty,
                sandbox.time.clock());
        model.connect(sandbox.repository);
        RunInfo run = model.runs().get(0);
        assertEquals(runId, run.id());
        assertTrue(run.completed(), run.status());

        TableView<RunInfo> table = WaitForAsyncUtils.asyncFx(
                () -> new RunsListView(model, opened -> { }, () -> { }).table()).get();

        Map<String, Object> shown = new LinkedHashMap<>();
        for (TableColumn<RunInfo, ?> column : table.getColumns()) {
            shown.put(column.getText(), column.getCellData(0));
        }
        assertEquals(List.of("Status", "Run", "Title", "Branch", "Event", "Actor", "Started", "Duration",
                "Attempt"), List.copyOf(shown.keySet()));
        assertSame(run, shown.get("Status"), "the status cell draws the run's badge");
        assertEquals("#" + run.runNumber() + " · " + runId, shown.get("Run"));
        assertEquals("Release", shown.get("Title"));
        assertEquals("main", shown.get("Branch"));
        assertEquals("workflow_dispatch", shown.get("Event"));
        assertEquals(sandbox.client.login(), shown.get("Actor"));
        assertEquals(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault())
                .format(run.startedAt()), shown.get("Started"));
        assertTrue(String.valueOf(shown.get("Duration")).matches("\\d{1,2}:\\d\\d"), "m:ss, " + shown.get("Duration"));
        assertEquals("1", shown.get("Attempt"));
    }
}
