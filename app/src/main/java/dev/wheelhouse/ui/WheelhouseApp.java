package dev.wheelhouse.ui;

import dev.wheelhouse.ui.common.AppSettings;
import dev.wheelhouse.ui.shell.ErrorReporter;
import dev.wheelhouse.ui.shell.MainWindow;
import dev.wheelhouse.ui.task.FxTaskExecutor;
import dev.wheelhouse.ui.theme.ThemeSwitcher;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Wires the window: exception handler → services → window → scene → key bindings → theme →
 * saved geometry.
 */
public final class WheelhouseApp extends Application {

    private AppContext context;

    /** Called by the launcher; kept here so no other package touches JavaFX. */
    public static void launchWindow(String[] args) {
        Application.launch(WheelhouseApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler(new ErrorReporter(stage));
        AppSettings settings = AppSettings.forUser();
        ThemeSwitcher theme = new ThemeSwitcher();
        theme.apply(settings.darkTheme());
        context = new AppContext(settings, new FxTaskExecutor(), theme, stage);
        context.setConnections(Connections.create(context));
        context.register(javafx.application.HostServices.class, getHostServices());

        MainWindow window = new MainWindow();
        AppScreens.install(context, window);

        Scene scene = new Scene(window.root(), 1360, 860);
        scene.getStylesheets().add(ThemeSwitcher.APP_STYLESHEET);
        AppScreens.bindKeys(context, window, scene);

        stage.setTitle("Wheelhouse");
        stage.setScene(scene);
        WindowGeometryKeeper.restore(stage, settings);
        stage.setOnCloseRequest(event -> WindowGeometryKeeper.save(stage, settings));
        stage.show();
        context.connections().connectAtStart();
        // A file named with -Dwheelhouse.open opens at start: demos, screenshots, "open with".
        String open = System.getProperty("wheelhouse.open");
        if (open != null) {
            context.lookup(dev.wheelhouse.ui.matrix.MatrixScreen.class).model().open(java.nio.file.Path.of(open));
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
