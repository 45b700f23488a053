package dev.wheelhouse.ui;

import dev.wheelhouse.ui.common.AppSettings;
import dev.wheelhouse.ui.connection.ConnectedMonitor;
import dev.wheelhouse.ui.connection.ConnectionManager;
import dev.wheelhouse.ui.connection.ConnectionSettings;
import dev.wheelhouse.ui.launch.LaunchOptions;
import dev.wheelhouse.ui.launch.WindowDisplay;
import dev.wheelhouse.ui.shell.ErrorReporter;
import dev.wheelhouse.ui.shell.MainWindow;
import dev.wheelhouse.ui.startup.ClasspathWarning;
import dev.wheelhouse.ui.startup.FirstFrameGate;
import dev.wheelhouse.ui.startup.FirstFrameWarmUp;
import dev.wheelhouse.ui.task.FxTaskExecutor;
import dev.wheelhouse.ui.theme.ThemeSwitcher;
import javafx.application.Application;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.Optional;

/**
 * The composition root: reads the launch options once, makes the app's services and hands each
 * screen the ones it uses, then wires exception handler → window → scene → key bindings → theme →
 * saved geometry. Only this package constructs services.
 */
public final class WheelhouseApp extends Application {

    /** Set once JavaFX is up: a failure after that is the window's own, not the system's. */
    private static volatile boolean toolkitStarted;

    private final LaunchOptions given;
    private EarlyStart early;
    private ThemeSwitcher theme;
    private FxTaskExecutor executor;
    private LocalHistory history;
    private ConnectionManager connections;
    private ConnectedMonitor services;

    /** The window as launched: its options come from the system properties. */
    public WheelhouseApp() {
        this(null);
    }

    /** The window with these options (the whole-app tests give their own). */
    public WheelhouseApp(LaunchOptions options) {
        this.given = options;
    }

    /**
     * Called by the launcher; kept here so no other package touches JavaFX. Returns once the window
     * has closed, empty; or at once, with no window, why it cannot open on this system (no display,
     * a toolkit that would not start), for the launcher to tell the user in one line.
     */
    public static Optional<String> launchWindow(String[] args) {
        Optional<String> missing = WindowDisplay.missing();
        if (missing.isPresent()) {
            return missing;
        }
        ClasspathWarning.drop();
        EarlyStart.begin();
        try {
            Application.launch(WheelhouseApp.class, args);
        } catch (RuntimeException | LinkageError e) {
            if (toolkitStarted) {
                throw e;
            }
            System.getLogger("wheelhouse").log(System.Logger.Level.ERROR, "the window's toolkit did not start", e);
            return Optional.of(WindowDisplay.toolkitFailed(e));
        }
        return Optional.empty();
    }

    /**
     * On the launcher thread, the toolkit up, start() to follow on the FX thread: the theme, then a
     * head start on what the first frame is slow to make (FirstFrameWarmUp). The theme comes first:
     * a control class initialised while there is none would install JavaFX's default theme.
     */
    @Override
    public void init() {
        toolkitStarted = true;
        early = EarlyStart.take()
                .orElseGet(() -> EarlyStart.prepare(given != null ? given : LaunchOptions.fromSystem()));
        theme = new ThemeSwitcher();
        theme.apply(early.settings().darkTheme());
        FirstFrameWarmUp.begin(List.of(Material2AL.LIST, Material2MZ.SYNC));
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler(new ErrorReporter(stage));
        LaunchOptions options = early.options();
        AppSettings settings = early.settings();
        executor = new FxTaskExecutor();
        history = early.history();
        connections = new ConnectionManager(executor, early.connector(), new ConnectionSettings(settings));
        services = new ConnectedMonitor(executor, new ConnectionServices(options.cacheDir(), history),
                () -> settings.getBoolean("notify.failuresOnly", false));

        MainWindow window = new MainWindow();
        AppScreens screens = AppScreens.install(new AppScreens.Shared(executor, settings, theme, stage, connections,
                services, history, url -> getHostServices().showDocument(url)), window, options.demo());

        // The app's style sheet before the window's nodes: a sheet added to a scene that has them
        // throws away their styles and matches every node against the theme again at show. The
        // scene as large as the window it opens in: one without a size is laid out at its preferred
        // size as it is shown, and again at the window's in the first frame.
        WindowPlacement.Placement placement = WindowGeometryKeeper.restore(stage, settings);
        Scene scene = new Scene(new Group(), placement.width(), placement.height());
        scene.getStylesheets().add(ThemeSwitcher.APP_STYLESHEET);
        scene.setRoot(window.root());
        screens.bindKeys(scene);

        stage.setTitle("Wheelhouse");
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> WindowGeometryKeeper.save(stage, settings));
        dev.wheelhouse.ui.startup.StartupTrace.watch(stage, connections.connectionProperty());
        // Before the window shows: the first frame already says what it is connecting to; the
        // connection begun before the toolkit is taken up at once if it is there, else after the
        // first frame, and the run monitor starts after it too.
        FirstFrameGate afterFirstFrame = FirstFrameGate.after(scene);
        connections.connectAtStart(afterFirstFrame);
        afterFirstFrame.execute(screens::followConnection);
        stage.show();
        // A file or folder named at launch opens at start: "wheelhouse release.yml", demos, screenshots.
        options.open().ifPresent(screens.matrix().model()::openFileOrFolder);
    }

    @Override
    public void stop() {
        // The run monitor's log workers first (they get 2 s to finish a write), then the sandbox and
        // the client, the background tasks, and last the history they may still have been writing to.
        close(services);
        if (early != null) {
            early.connector().closeUnused();
        }
        close(connections);
        if (executor != null) {
            executor.close();
        }
        close(history);
    }

    private static void close(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            System.getLogger("wheelhouse").log(System.Logger.Level.WARNING,
                    "could not close " + closeable + ": " + e.getMessage());
        }
    }
}
