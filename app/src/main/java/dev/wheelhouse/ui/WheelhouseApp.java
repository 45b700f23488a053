package dev.wheelhouse.ui;

import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.ui.common.AppSettings;
import dev.wheelhouse.ui.connection.ConnectedMonitor;
import dev.wheelhouse.ui.connection.ConnectionManager;
import dev.wheelhouse.ui.connection.ConnectionSettings;
import dev.wheelhouse.ui.launch.LaunchOptions;
import dev.wheelhouse.ui.shell.ErrorReporter;
import dev.wheelhouse.ui.shell.MainWindow;
import dev.wheelhouse.ui.task.FxTaskExecutor;
import dev.wheelhouse.ui.theme.ThemeSwitcher;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root: reads the launch options once, makes the app's services and hands each
 * screen the ones it uses, then wires exception handler → window → scene → key bindings → theme →
 * saved geometry. Only this package constructs services.
 */
public final class WheelhouseApp extends Application {

    private final LaunchOptions given;
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

    /** Called by the launcher; kept here so no other package touches JavaFX. */
    public static void launchWindow(String[] args) {
        Application.launch(WheelhouseApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler(new ErrorReporter(stage));
        LaunchOptions options = given != null ? given : LaunchOptions.fromSystem();
        AppSettings settings = AppSettings.forUser(options.prefsNode());
        ThemeSwitcher theme = new ThemeSwitcher();
        theme.apply(settings.darkTheme());
        executor = new FxTaskExecutor();
        history = new LocalHistory(options.dataDir().resolve(HistoryStore.FILE_NAME));
        connections = new ConnectionManager(executor, Connections.system(options.sandbox()),
                new ConnectionSettings(settings));
        services = new ConnectedMonitor(executor, new ConnectionServices(options.cacheDir(), history),
                () -> settings.getBoolean("notify.failuresOnly", false));

        MainWindow window = new MainWindow();
        AppScreens screens = AppScreens.install(new AppScreens.Shared(executor, settings, theme, stage, connections,
                services, history, url -> getHostServices().showDocument(url)), window, options.demo());

        Scene scene = new Scene(window.root());
        scene.getStylesheets().add(ThemeSwitcher.APP_STYLESHEET);
        screens.bindKeys(scene);

        stage.setTitle("Wheelhouse");
        stage.setScene(scene);
        WindowGeometryKeeper.restore(stage, settings);
        stage.setOnCloseRequest(event -> WindowGeometryKeeper.save(stage, settings));
        stage.show();
        connections.connectAtStart();
        // A file or folder named at launch opens at start: "wheelhouse release.yml", demos, screenshots.
        options.open().ifPresent(screens.matrix().model()::openFileOrFolder);
    }

    @Override
    public void stop() {
        // The run monitor's log workers first (they get 2 s to finish a write), then the sandbox and
        // the client, the background tasks, and last the history they may still have been writing to.
        close(services);
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
