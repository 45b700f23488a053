package dev.wheelhouse.testing;

import dev.wheelhouse.ui.WheelhouseApp;
import dev.wheelhouse.ui.launch.LaunchOptions;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.awaitility.core.ConditionTimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.Preferences;

import static org.awaitility.Awaitility.await;

/**
 * The whole app launched for a TestFX walk, headless: a throwaway preferences node, its data in a
 * test's directory, the sandbox at 300 times real speed, and whatever other launch options the
 * walk needs (given to the app as its {@link LaunchOptions}; no system property is touched).
 * Conditions are evaluated on the FX thread; a wait that times out saves every window as a PNG and
 * says where. An error nobody handled during the walk (the history used on the FX thread among
 * them: the app refuses that) fails the walk when it closes.
 */
public final class WholeApp implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final String name;
    private final String prefsNode = "dev/wheelhouse/test-" + System.nanoTime();
    private final List<Throwable> unhandled = new CopyOnWriteArrayList<>();
    private final FxRobot robot = new FxRobot();
    private Application app;

    private WholeApp(String name) {
        this.name = name;
    }

    /**
     * Launches the app.
     *
     * @param name       names the PNGs a timed-out wait leaves in {@code target/ui-failures}
     * @param data       the data directory (history database)
     * @param properties more launch options, e.g. {@code wheelhouse.sandbox.failures}
     */
    public static WholeApp launch(String name, Path data, Map<String, String> properties) throws Exception {
        WholeApp whole = new WholeApp(name);
        Map<String, String> all = new LinkedHashMap<>();
        all.put("os.name", System.getProperty("os.name"));
        all.put("user.home", System.getProperty("user.home"));
        all.put("wheelhouse.prefs.node", whole.prefsNode);
        all.put("wheelhouse.dataDir", data.toString());
        all.put("wheelhouse.cacheDir", data.resolve("cache").toString());
        all.put("wheelhouse.sandbox.speed", "300");
        all.putAll(properties);
        LaunchOptions options = LaunchOptions.parse(all, Map.of());
        FxToolkit.registerPrimaryStage();
        whole.app = FxToolkit.setupApplication(() -> new WheelhouseApp(options));
        WaitForAsyncUtils.waitForFxEvents();
        // The app set its own handler (an error dialog) as it started: keep it, and remember.
        Thread.UncaughtExceptionHandler shown = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            whole.unhandled.add(error);
            if (shown != null) {
                shown.uncaughtException(thread, error);
            }
        });
        return whole;
    }

    public FxRobot robot() {
        return robot;
    }

    /**
     * Gives the window the size it would have on a screen of that size (the app fills a small
     * screen), at the screen's top left: the walks at 1024×700 and 1920×1080.
     */
    public void resize(double width, double height) throws Exception {
        onFx(() -> {
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setMinWidth(Math.min(stage.getMinWidth(), width));
            stage.setMinHeight(Math.min(stage.getMinHeight(), height));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until {@code condition} holds, looking on the FX thread (the scene graph changes under other threads). */
    public void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            await(what).atMost(WAIT).pollInterval(Duration.ofMillis(20)).ignoreExceptions()
                    .until(() -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; windows saved as "
                    + WindowShots.save(name), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads something of the scene on the FX thread. */
    public <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /**
     * From now on, the view of every run tab the Runs screen opens, in order (a live list). The
     * Runs screen must have been shown once.
     */
    public List<Node> runTabsOpened() throws Exception {
        List<Node> views = new CopyOnWriteArrayList<>();
        onFx(() -> {
            robot.lookup("#runs-tabs").queryAs(TabPane.class).getTabs().addListener((ListChangeListener<Tab>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(tab -> views.add(tab.getContent()));
                }
            });
            return null;
        });
        return views;
    }

    /** The text of the label {@code query} finds, or "" when there is none (yet). */
    public String text(String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    @Override
    public void close() throws Exception {
        try {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            Preferences.userRoot().node(prefsNode).removeNode();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(null);
        }
        if (!unhandled.isEmpty()) {
            AssertionError failure = new AssertionError(unhandled.size() + " error(s) nobody handled during the walk, "
                    + "the first: " + unhandled.get(0));
            unhandled.forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
