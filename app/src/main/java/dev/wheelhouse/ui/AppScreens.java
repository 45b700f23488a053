package dev.wheelhouse.ui;

import dev.wheelhouse.ui.cache.CacheScreen;
import dev.wheelhouse.ui.common.KeyBinding;
import dev.wheelhouse.ui.connection.ConnectionStatusBar;
import dev.wheelhouse.ui.demo.DemoRun;
import dev.wheelhouse.ui.demo.DemoRuns;
import dev.wheelhouse.ui.matrix.EditorSource;
import dev.wheelhouse.ui.matrix.MatrixScreen;
import dev.wheelhouse.ui.matrix.github.GitHubActions;
import dev.wheelhouse.ui.runs.ConnectedMonitor;
import dev.wheelhouse.ui.runs.RunsScreen;
import dev.wheelhouse.ui.settings.SettingsScreen;
import dev.wheelhouse.ui.shell.MainWindow;
import dev.wheelhouse.ui.shell.Screen;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;

/** Which screens the window has, and the app-wide key bindings that reach them. */
final class AppScreens {

    private AppScreens() {
    }

    static void install(AppContext context, MainWindow window) {
        MatrixScreen matrix = new MatrixScreen(context);
        GitHubActions github = new GitHubActions(context, matrix.model());
        context.register(GitHubActions.class, github);
        matrix.addToolbarItem(github.openFromGitHubButton());
        matrix.addToolbarItem(github.pushAndDispatchButton());
        window.addScreen(matrix);
        context.register(MatrixScreen.class, matrix);
        ConnectedMonitor monitors = installRuns(context, window, matrix, github);
        CacheScreen cache = new CacheScreen(context);
        window.addScreen(cache);
        context.register(CacheScreen.class, cache);
        monitors.onHistoryChanged(cache::historyChanged);
        DemoRuns.startIfAsked(context, cache, () -> window.select(cache));
        SettingsScreen settings = new SettingsScreen(context);
        window.addScreen(settings);
        context.register(SettingsScreen.class, settings);
        Button themeToggle = new Button(null, new FontIcon(Material2MZ.WB_SUNNY));
        themeToggle.setId("theme-toggle");
        themeToggle.getStyleClass().addAll("flat", "button-icon");
        themeToggle.setTooltip(new Tooltip(KeyBinding.TOGGLE_THEME.label() + " ("
                + KeyBinding.TOGGLE_THEME.combination().getDisplayText() + ")"));
        themeToggle.setOnAction(event -> toggleTheme(context));
        window.addSpacerToSideBar(themeToggle);
        ConnectionStatusBar.install(window, context.connections());
        window.bindNotice(context.connections().noticeProperty(), context.connections().errorProperty());
    }

    private static ConnectedMonitor installRuns(AppContext context, MainWindow window, MatrixScreen matrix,
            GitHubActions github) {
        ConnectedMonitor monitors = new ConnectedMonitor(context.executor(), context::history,
                () -> context.settings().getBoolean("notify.failuresOnly", false));
        context.closeOnExit(monitors);
        RunsScreen runs = new RunsScreen(context, monitors, window,
                () -> matrix.model().source().map(EditorSource::fileName));
        window.addScreen(runs);
        context.register(RunsScreen.class, runs);
        github.setOnDispatched(done -> runs.started(done.dispatch()));
        monitors.followWindow(context.stage().iconifiedProperty());
        monitors.follow(context.connections().connectionProperty());
        DemoRun.installIfAsked(monitors, runs, context.executor());
        return monitors;
    }

    static void bindKeys(AppContext context, MainWindow window, Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.put(KeyBinding.TOGGLE_THEME.combination(), () -> toggleTheme(context));
        MatrixScreen matrix = context.lookup(MatrixScreen.class);
        matrix.bindKeys(scene, () -> window.currentScreenProperty().get() == matrix);
        accelerators.put(KeyBinding.PUSH_AND_DISPATCH.combination(), () -> {
            if (window.currentScreenProperty().get() == matrix) {
                context.lookup(GitHubActions.class).pushAndDispatch();
            }
        });
        RunsScreen runs = context.lookup(RunsScreen.class);
        CacheScreen cache = context.lookup(CacheScreen.class);
        // One accelerator per key combination: the screen in front decides what refresh means.
        accelerators.put(KeyBinding.REFRESH.combination(), () -> {
            Screen current = window.currentScreenProperty().get();
            if (current == runs) {
                runs.refresh();
            } else if (current == cache) {
                cache.refresh();
            }
        });
        accelerators.put(KeyBinding.SHOW_SETTINGS.combination(),
                () -> window.select(context.lookup(SettingsScreen.class)));
        List<Screen> screens = window.screens();
        List<KeyBinding> navigation = List.of(KeyBinding.SHOW_MATRIX, KeyBinding.SHOW_RUNS,
                KeyBinding.SHOW_CACHE);
        for (int i = 0; i < Math.min(screens.size(), navigation.size()); i++) {
            Screen screen = screens.get(i);
            accelerators.put(navigation.get(i).combination(), () -> window.select(screen));
        }
        // By its own key, whichever screens come before it.
        accelerators.put(KeyBinding.SHOW_CACHE.combination(), () -> window.select(cache));
    }

    private static void toggleTheme(AppContext context) {
        context.theme().toggle();
        context.settings().setDarkTheme(context.theme().darkProperty().get());
    }
}
