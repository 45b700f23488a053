package dev.wheelhouse.ui.app;

import dev.wheelhouse.testing.WholeApp;
import dev.wheelhouse.ui.cache.CacheEntryRow;
import dev.wheelhouse.ui.common.Heat;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7's walk through the Cache screen: two sandbox runs of satkit's release workflow,
 * dispatched and watched to the end by a run monitor that keeps them in the history → the trend
 * chart has two points, cold then warm; the storage lists the sccache entries the runs wrote, and
 * two chosen entries are deleted after the confirmation.
 */
class CacheScreenAppTest {

    @TempDir
    static Path data;

    private WholeApp app;
    private FxRobot robot;

    @BeforeEach
    void launch() throws Exception {
        app = WholeApp.launch("cache-screen", data.resolve("data"), Map.of(
                "wheelhouse.cacheDir", data.resolve("cache").toString(),
                "wheelhouse.demo.cacheRuns", "2"));
        robot = app.robot();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private void waitFor(String what, Callable<Boolean> condition) throws Exception {
        app.waitFor(what, condition);
    }

    /** The tabs storage shares with the failures on a narrow screen, when there are. */
    private Optional<TabPane> failuresTabs() {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(t -> t.getTabs().stream().anyMatch(tab -> "Failures".equals(tab.getText()))).findFirst();
    }

    private <T> T onFx(Callable<T> read) throws Exception {
        return app.onFx(read);
    }

    private String text(String query) {
        return app.text(query);
    }

    @SuppressWarnings("unchecked")
    private List<Double> hitRatePoints() {
        Optional<LineChart<Number, Number>> chart = robot.lookup("#trend-hit-rate").tryQueryAs(LineChart.class)
                .map(c -> (LineChart<Number, Number>) c);
        return chart.flatMap(c -> c.getData().stream().filter(s -> s.getName().equals("All jobs")).findFirst())
                .map(s -> s.getData().stream().map(XYChart.Data::getYValue).map(Number::doubleValue).toList())
                .orElse(List.of());
    }

    private Node row(int index) {
        return robot.lookup("#cache-entries .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == index && !r.isEmpty())
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<CacheEntryRow> entries() {
        return robot.lookup("#cache-entries").queryAs(TableView.class);
    }

    @Test
    void twoRunsColdThenWarmMakeATwoPointTrendAndTheirSccacheEntriesCanBeDeleted() throws Exception {
        waitFor("the trend of two runs with the second one warm", () -> {
            List<Double> points = hitRatePoints();
            return points.size() == 2 && points.get(1) >= Heat.WARM_FROM
                    && text("#trend-detail-comparison").startsWith("Warmer than run");
        });
        List<Double> points = onFx(this::hitRatePoints);
        assertTrue(points.get(0) < Heat.LUKEWARM_FROM, "the first run is cold: " + points);
        assertTrue(points.get(1) > points.get(0), "the second run is warmer: " + points);
        assertTrue(onFx(() -> text("#trend-detail-rate")).endsWith("· warm"));
        // The sandbox's stamps and ages are on its fast clock, and the screen says so beside them.
        assertEquals("Times are the sandbox's: its runs go 300× faster than real time, so its clock runs ahead "
                + "of this computer's.", onFx(() -> text("#cache-clock-note")));

        waitFor("the sccache entries of both runs", () -> entries().getItems().size() > 20
                && text("#cache-sccache-figures").matches("\\d+ sccache entries · .* · oldest used .* ago"));
        List<CacheEntryRow> listed = onFx(() -> List.copyOf(entries().getItems()));
        assertTrue(listed.stream().allMatch(r -> r.key().startsWith("sccache-")), listed.toString());
        assertTrue(onFx(() -> text("#cache-usage")).matches("[\\d.]+ GB of 10 GB used \\(\\d+ %\\) · \\d+ entries"));

        // By index: the table's row cells are recycled, so their order in the scene graph is not the rows'.
        Node first = onFx(() -> row(0));
        Node second = onFx(() -> row(1));
        robot.clickOn(first);
        robot.press(KeyCode.CONTROL).clickOn(second).release(KeyCode.CONTROL);
        assertEquals(2, (int) onFx(() -> entries().getSelectionModel().getSelectedItems().size()));
        List<Long> chosen = onFx(() -> entries().getSelectionModel().getSelectedItems().stream()
                .map(CacheEntryRow::id).toList());
        robot.clickOn("#cache-delete");
        waitFor("the confirmation", () -> robot.lookup("#cache-delete-confirm").tryQuery().isPresent());
        assertTrue(onFx(() -> robot.lookup("#cache-delete-dialog .content").queryLabeled().getText())
                .contains("compiles from scratch (cold)"));
        robot.clickOn("#cache-delete-confirm");

        waitFor("the deletion", () -> text("#cache-status").startsWith("Deleted 2 entries")
                && entries().getItems().size() == listed.size() - 2);
        assertFalse(onFx(() -> entries().getItems().stream().anyMatch(r -> chosen.contains(r.id()))));

        // At 1024 px the failures, beside the trends, were left 85 px: they share the lower half with storage.
        app.resize(1024, 700);
        waitFor("the failures as a tab beside storage", () -> failuresTabs().isPresent());
        onFx(() -> {
            failuresTabs().orElseThrow().getSelectionModel().select(1);
            return null;
        });
        waitFor("the failures table laid out wide", () -> robot.lookup("#failures-table").query()
                .getBoundsInLocal().getWidth() > 600);
    }
}
