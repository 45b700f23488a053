package dev.wheelhouse.ui.app;

import dev.wheelhouse.testing.WindowShots;
import dev.wheelhouse.ui.WheelhouseApp;
import javafx.application.Application;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

/**
 * The whole app launched for a TestFX walk: throwaway preferences, data and cache directories,
 * the built-in sandbox at a chosen speed. Conditions are read on the FX thread (the scene graph
 * changes under a reader on another); a timeout leaves PNGs of every window behind.
 */
final class AppHarness implements AutoCloseable {

    final FxRobot robot = new FxRobot();
    private final String name;
    private final String prefsNode = "dev/wheelhouse/test-" + System.nanoTime();
    private final Map<String, String> properties;
    private Application app;

    AppHarness(String name, Path data, Map<String, String> sandboxProperties) {
        this.name = name;
        this.properties = new java.util.LinkedHashMap<>(sandboxProperties);
        properties.put("wheelhouse.prefs.node", prefsNode);
        properties.put("wheelhouse.dataDir", data.resolve("data").toString());
        properties.put("wheelhouse.cacheDir", data.resolve("cache").toString());
    }

    AppHarness launch() throws Exception {
        properties.forEach(System::setProperty);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(WheelhouseApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    void waitFor(Callable<Boolean> condition) throws Exception {
        waitFor(60, condition);
    }

    void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; windows saved as " + WindowShots.save(name), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs {@code read} on the FX thread and returns its answer. */
    <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    String text(String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Preferences.userRoot().node(prefsNode).removeNode();
        properties.keySet().forEach(System::clearProperty);
    }
}
