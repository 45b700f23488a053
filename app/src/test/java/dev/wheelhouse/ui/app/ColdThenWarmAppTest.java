package dev.wheelhouse.ui.app;

import dev.wheelhouse.testing.WholeApp;
import dev.wheelhouse.ui.cache.CacheEntryRow;
import dev.wheelhouse.ui.common.Heat;
import dev.wheelhouse.ui.runs.RunViewModel;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7's walk as a maintainer makes it: two runs of satkit's release workflow dispatched from
 * the Runs screen of the sandbox → the run grid's heat bands are cold in the first run and warm
 * in the second, which says it is warmer than the first → the Cache screen's trend chart has the
 * two points, and its storage lists the sccache entries those runs wrote.
 */
class ColdThenWarmAppTest {

    @TempDir
    static Path data;

    private WholeApp app;
    private FxRobot robot;
    private List<Node> runViews;

    @BeforeEach
    void launch() throws Exception {
        app = WholeApp.launch("cold-then-warm", data, Map.of());
        robot = app.robot();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    /** Cell id → its heat style class ("" while it has no band), read off a run's view. */
    private static Map<String, String> heats(Node view) {
        Map<String, String> heats = new LinkedHashMap<>();
        for (Node cell : view.lookupAll(".run-cell")) {
            Node band = cell.lookup(".run-cell-rate");
            String heat = band == null ? "" : band.getStyleClass().stream().filter(c -> c.startsWith("heat-")
                    && !c.equals("heat-band")).findFirst().orElse("");
            heats.put(cellId(cell), heat);
        }
        return heats;
    }

    private static List<String> markedCells(Node view) {
        return view.lookupAll(".matrix-cell-holder").stream()
                .filter(n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")))
                .map(Node::getId).toList();
    }

    private static String cellId(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null && n.getId().startsWith("cell-")) {
                return n.getId();
            }
        }
        throw new AssertionError("a run cell outside the grid: " + node);
    }

    private Node dispatchAndWatchToTheEnd(int nth) throws Exception {
        robot.clickOn("All runs");
        app.waitFor("the dispatch button", () -> robot.lookup("#runs-dispatch").tryQueryAs(Button.class)
                .map(b -> !b.isDisabled()).orElse(false));
        robot.clickOn("#runs-dispatch");
        app.waitFor("the dispatch dialog", () -> robot.lookup("#dispatch-confirm").tryQueryAs(Button.class)
                .map(b -> !b.isDisabled()).orElse(false));
        robot.clickOn("#dispatch-confirm");
        app.waitFor("run " + nth + "'s tab", () -> runViews.size() == nth);
        Node view = runViews.get(nth - 1);
        RunViewModel model = (RunViewModel) view.getUserData();
        // The figures of a job are read after it completes: wait for every wheel cell's band.
        app.waitFor("run " + nth + " to end with every cell's hit rate", () -> {
            Map<String, String> heats = heats(view);
            return model.snapshotProperty().get() != null && model.snapshotProperty().get().finished()
                    && heats.size() == 20 && heats.values().stream().noneMatch(String::isEmpty);
        });
        return view;
    }

    @SuppressWarnings("unchecked")
    private List<Double> hitRatePoints() {
        Optional<LineChart<Number, Number>> chart = robot.lookup("#trend-hit-rate").tryQueryAs(LineChart.class)
                .map(c -> (LineChart<Number, Number>) c);
        return chart.flatMap(c -> c.getData().stream().filter(s -> s.getName().equals("All jobs")).findFirst())
                .map(s -> s.getData().stream().map(XYChart.Data::getYValue).map(Number::doubleValue).toList())
                .orElse(List.of());
    }

    @Test
    void twoRunsShowColdThenWarmOnTheGridTwoTrendPointsAndTheirSccacheEntries() throws Exception {
        app.waitFor("the sandbox connection", () -> app.text("#connection-status").startsWith("Sandbox · "));
        robot.clickOn("#nav-runs");
        runViews = app.runTabsOpened();

        Node first = dispatchAndWatchToTheEnd(1);
        Node second = dispatchAndWatchToTheEnd(2);

        Map<String, String> cold = app.onFx(() -> heats(first));
        Map<String, String> warm = app.onFx(() -> heats(second));
        // satkit's Linux wheels compile inside the manylinux container, whose sccache the host's
        // --show-stats does not see: those cells say "nothing compiled" in both runs (not 0 %).
        String nothing = Heat.NO_COMPILATIONS.styleClass();
        assertEquals(cold.keySet(), warm.keySet());
        cold.forEach((cell, heat) -> assertEquals(heat.equals(nothing), warm.get(cell).equals(nothing), cell));
        List<String> compiled = cold.keySet().stream().filter(cell -> !cold.get(cell).equals(nothing)).toList();
        assertEquals(10, compiled.size(), "macOS and Windows compile on the host: " + cold);
        long coldCells = compiled.stream().filter(cell -> cold.get(cell).equals(Heat.COLD.styleClass())).count();
        // A job can find a key another Python version of its runner wrote minutes earlier in the
        // same run; most find nothing.
        assertTrue(coldCells > compiled.size() / 2, "the first run is mostly cold: " + cold);
        compiled.forEach(cell -> assertEquals(Heat.WARM.styleClass(), warm.get(cell), cell + " in run 2: " + warm));
        String comparison = app.onFx(() -> ((Label) second.lookup("#run-comparison")).getText());
        assertTrue(comparison.contains("warmer") || comparison.contains("Warmer"), comparison);

        // The job in the detail pane stays marked on the grid; a job of the strip marks no cell.
        String warmCell = compiled.get(0);
        robot.clickOn(app.onFx(() -> second.lookup("#" + warmCell)));
        app.waitFor("the job's detail", () -> app.text("#job-detail-cache").contains("hits"));
        robot.clickOn("#run-refresh");
        assertEquals(List.of(warmCell), app.onFx(() -> markedCells(second)), "still marked with the focus elsewhere");
        WaitForAsyncUtils.waitForFxEvents();
        // The chip the user sees is the one clicked: the strip updates its chips in place.
        robot.clickOn(robot.from(second).lookup(".strip-job")
                .match((Label chip) -> chip.getText().startsWith("test before release")).queryAs(Label.class));
        app.waitFor("the strip job's detail", () -> markedCells(second).isEmpty());

        robot.clickOn("#nav-cache");
        app.waitFor("the trend of the two runs", () -> hitRatePoints().size() == 2);
        List<Double> points = app.onFx(this::hitRatePoints);
        assertTrue(points.get(0) < Heat.WARM_FROM && points.get(1) >= Heat.WARM_FROM, points.toString());

        app.waitFor("the sccache entries", () -> robot.lookup("#cache-entries").tryQueryAs(TableView.class)
                .map(t -> t.getItems().size() >= 20).orElse(false));
        @SuppressWarnings("unchecked")
        List<CacheEntryRow> entries = app.onFx(() -> List.copyOf(
                (List<CacheEntryRow>) robot.lookup("#cache-entries").queryAs(TableView.class).getItems()));
        assertTrue(entries.stream().allMatch(e -> e.key().startsWith("sccache-")),
                Arrays.toString(entries.stream().map(CacheEntryRow::key).toArray()));
    }
}
